package org.harbour.send.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter telling the family of a decision on their request or plan: the decision, its day, the
 * day the letter was sent and how. A sent letter does not change; its PDF is written from it.
 */
@Entity
@Table(name = "send_letter")
public class FamilyLetter extends DecisionLetter {

    @Column(name = "request_id", nullable = false)
    private long requestId;

    /** Null until the request has a plan. */
    @Column(name = "plan_id")
    private Long planId;

    protected FamilyLetter() {
    }

    /**
     * A letter for a decision already made ({@code decidedOn} from {@link LetterKind#decidedOn}), sent
     * on or after it.
     */
    public FamilyLetter(long personId, long requestId, Long planId, LetterKind kind, LocalDate decidedOn, LocalDate sentOn,
                        SentBy sentBy, String by, Instant at) {
        super(personId, kind, decidedOn, sentOn, sentBy, by, at);
        this.requestId = requestId;
        this.planId = planId;
    }

    public long getRequestId() {
        return requestId;
    }

    public Long getPlanId() {
        return planId;
    }
}
