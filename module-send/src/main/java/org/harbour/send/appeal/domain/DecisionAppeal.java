package org.harbour.send.appeal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.InvalidInputException.FieldProblem;
import org.harbour.send.history.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Mediation and a tribunal appeal against one decision: on a request for an assessment
 * ({@code requestId}) or after an annual review ({@code reviewId}). One per decision; the day of
 * the decision is kept so the dates can be checked against it.
 */
@Entity
@Table(name = "send_decision_appeal")
public class DecisionAppeal extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "review_id")
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppealableDecision decision;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "advice_sought", nullable = false)
    private boolean adviceSought;

    @Column(name = "certificate_on")
    private LocalDate certificateOn;

    @Column(name = "mediation_held", nullable = false)
    private boolean mediationHeld;

    @Column(name = "mediation_on")
    private LocalDate mediationOn;

    @Column(name = "appeal_lodged_on")
    private LocalDate appealLodgedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TribunalOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    protected DecisionAppeal() {
    }

    private DecisionAppeal(long personId, Long requestId, Long reviewId, AppealableDecision decision, LocalDate decidedOn,
                           String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.requestId = requestId;
        this.reviewId = reviewId;
        this.decision = decision;
        this.decidedOn = decidedOn;
    }

    public static DecisionAppeal onRequest(long personId, long requestId, AppealableDecision decision, LocalDate decidedOn,
                                           String by, Instant at) {
        if (decision.isAfterReview()) {
            throw new IllegalArgumentException(decision + " is made after a review, not on a request");
        }
        return new DecisionAppeal(personId, requestId, null, decision, decidedOn, by, at);
    }

    public static DecisionAppeal onReview(long personId, long reviewId, AppealableDecision decision, LocalDate decidedOn,
                                          String by, Instant at) {
        if (!decision.isAfterReview()) {
            throw new IllegalArgumentException(decision + " is made on a request, not after a review");
        }
        return new DecisionAppeal(personId, null, reviewId, decision, decidedOn, by, at);
    }

    /** Replaces what is recorded, refusing details that do not fit the decision with every problem found. */
    public void record(AppealDetails details, LocalDate today) {
        List<FieldProblem> problems = details.problems(decidedOn, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.adviceSought = details.adviceSought();
        this.certificateOn = details.certificateOn();
        this.mediationHeld = details.mediationHeld();
        this.mediationOn = details.mediationOn();
        this.appealLodgedOn = details.appealLodgedOn();
        this.outcome = details.outcome();
        this.outcomeOn = details.outcomeOn();
    }

    public AppealDetails details() {
        return new AppealDetails(adviceSought, certificateOn, mediationHeld, mediationOn, appealLodgedOn, outcome, outcomeOn);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public AppealableDecision getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }
}
