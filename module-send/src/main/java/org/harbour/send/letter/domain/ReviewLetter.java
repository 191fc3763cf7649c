package org.harbour.send.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter telling the family of the decision after an annual review (maintain, amend or cease)
 * or sending the amended plan: one letter per decision of a review, not before the decision.
 */
@Entity
@Table(name = "send_review_letter")
public class ReviewLetter extends DecisionLetter {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    protected ReviewLetter() {
    }

    public ReviewLetter(long personId, long reviewId, long planId, LetterKind kind, LocalDate decidedOn, LocalDate sentOn,
                        SentBy sentBy, String by, Instant at) {
        super(personId, afterReview(kind), decidedOn, sentOn, sentBy, by, at);
        this.reviewId = reviewId;
        this.planId = planId;
    }

    /** Checked before the decision's day, so a letter of the wrong kind is refused for what it is. */
    private static LetterKind afterReview(LetterKind kind) {
        if (!kind.isAfterReview()) {
            throw new IllegalStateException(kind.getLabel() + " is not a letter after an annual review.");
        }
        return kind;
    }

    public long getReviewId() {
        return reviewId;
    }

    public long getPlanId() {
        return planId;
    }
}
