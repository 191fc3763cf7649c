package org.harbour.core.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.harbour.core.caseload.domain.CaseFile;

import java.time.Instant;
import java.time.LocalDate;

/** A visit to the child; it satisfies a statutory visit timescale only when the child was seen. */
@Entity
@DiscriminatorValue("VISIT")
public class Visit extends Activity {

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type", length = 20)
    private VisitType visitType;

    @Column(name = "child_seen")
    private boolean childSeen;

    @Column(name = "seen_alone")
    private boolean seenAlone;

    protected Visit() {
    }

    public Visit(CaseFile caseFile, LocalDate occurredOn, String recordedBy, Instant recordedAt) {
        super(caseFile, occurredOn, recordedBy, recordedAt);
    }

    @Override
    public ActivityKind getKind() {
        return ActivityKind.VISIT;
    }

    @Override
    public String getTitle() {
        String seen = !childSeen ? "child not seen" : seenAlone ? "child seen alone" : "child seen";
        return (visitType == null ? "Visit" : visitType.getShortLabel()) + ": " + seen;
    }

    public VisitType getVisitType() {
        return visitType;
    }

    public void setVisitType(VisitType visitType) {
        this.visitType = visitType;
    }

    public boolean isChildSeen() {
        return childSeen;
    }

    public boolean isSeenAlone() {
        return seenAlone;
    }

    /** A child cannot be seen alone without being seen. */
    public void setSeen(boolean childSeen, boolean seenAlone) {
        this.childSeen = childSeen;
        this.seenAlone = childSeen && seenAlone;
    }
}
