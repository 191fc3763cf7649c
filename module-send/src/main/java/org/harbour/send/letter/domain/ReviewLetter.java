package org.harbour.send.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.send.history.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter telling the family of the decision after an annual review (maintain, amend or cease)
 * or sending the amended plan: one letter per decision of a review, not before the decision.
 */
@Entity
@Table(name = "send_review_letter")
public class ReviewLetter extends Recorded implements SentLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LetterKind kind;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "sent_by", nullable = false, length = 10)
    private SentBy sentBy;

    protected ReviewLetter() {
    }

    public ReviewLetter(long personId, long reviewId, long planId, LetterKind kind, LocalDate decidedOn, LocalDate sentOn,
                        SentBy sentBy, String by, Instant at) {
        super(by, at);
        if (!kind.isAfterReview()) {
            throw new IllegalStateException(kind.getLabel() + " is not a letter after an annual review.");
        }
        if (decidedOn == null) {
            throw new IllegalStateException("There is no " + kind.getLabel().toLowerCase(java.util.Locale.UK)
                    + " to write to the family about yet.");
        }
        if (sentOn.isBefore(decidedOn)) {
            throw new IllegalStateException("The letter cannot be sent before the decision of " + decidedOn + ".");
        }
        this.personId = personId;
        this.reviewId = reviewId;
        this.planId = planId;
        this.kind = kind;
        this.decidedOn = decidedOn;
        this.sentOn = sentOn;
        this.sentBy = sentBy;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getReviewId() {
        return reviewId;
    }

    public long getPlanId() {
        return planId;
    }

    @Override
    public LetterKind getKind() {
        return kind;
    }

    @Override
    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    @Override
    public LocalDate getSentOn() {
        return sentOn;
    }

    @Override
    public SentBy getSentBy() {
        return sentBy;
    }
}
