package org.harbour.core.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.harbour.core.caseload.domain.CaseFile;

import java.time.Instant;
import java.time.LocalDate;

/** A statutory review of the child's plan and its outcome. */
@Entity
@DiscriminatorValue("REVIEW")
public class Review extends Activity {

    @Enumerated(EnumType.STRING)
    @Column(name = "review_type", length = 20)
    private ReviewType reviewType;

    @Column(length = 400)
    private String outcome;

    /** REVIEW_CODE of the SSDA903: how the child took part in a looked-after review (PN0-PN7). */
    @Column(name = "participation_code", length = 4)
    private String participationCode;

    protected Review() {
    }

    public Review(CaseFile caseFile, LocalDate occurredOn, String recordedBy, Instant recordedAt) {
        super(caseFile, occurredOn, recordedBy, recordedAt);
    }

    @Override
    public ActivityKind getKind() {
        return ActivityKind.REVIEW;
    }

    @Override
    public String getTitle() {
        return (reviewType == null ? "Review" : reviewType.getLabel()) + ": " + outcome;
    }

    public ReviewType getReviewType() {
        return reviewType;
    }

    public void setReviewType(ReviewType reviewType) {
        this.reviewType = reviewType;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getParticipationCode() {
        return participationCode;
    }

    public void setParticipationCode(String participationCode) {
        this.participationCode = participationCode;
    }
}
