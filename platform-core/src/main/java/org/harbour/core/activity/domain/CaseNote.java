package org.harbour.core.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.harbour.core.caseload.domain.CaseFile;

import java.time.Instant;
import java.time.LocalDate;

/** A dated note on the case: a subject and its text (kept in the body). */
@Entity
@DiscriminatorValue("NOTE")
public class CaseNote extends Activity {

    @Column(length = 200)
    private String subject;

    protected CaseNote() {
    }

    public CaseNote(CaseFile caseFile, LocalDate occurredOn, String recordedBy, Instant recordedAt) {
        super(caseFile, occurredOn, recordedBy, recordedAt);
    }

    @Override
    public ActivityKind getKind() {
        return ActivityKind.NOTE;
    }

    @Override
    public String getTitle() {
        return "Case note: " + subject;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
