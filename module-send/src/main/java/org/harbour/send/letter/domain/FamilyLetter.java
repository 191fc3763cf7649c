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
 * A letter telling the family of a decision on their request or plan: the decision, its day, the
 * day the letter was sent and how. A sent letter does not change; its PDF is written from it.
 */
@Entity
@Table(name = "send_letter")
public class FamilyLetter extends Recorded implements SentLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "plan_id")
    private Long planId;

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

    protected FamilyLetter() {
    }

    /**
     * A letter for a decision already made ({@code decidedOn} from {@link LetterKind#decidedOn}), sent
     * on or after it.
     */
    public FamilyLetter(long personId, long requestId, Long planId, LetterKind kind, LocalDate decidedOn, LocalDate sentOn,
                        SentBy sentBy, String by, Instant at) {
        super(by, at);
        if (decidedOn == null) {
            throw new IllegalStateException("There is no " + kind.getLabel().toLowerCase(java.util.Locale.UK)
                    + " to write to the family about yet.");
        }
        if (sentOn.isBefore(decidedOn)) {
            throw new IllegalStateException("The letter cannot be sent before the decision of " + decidedOn + ".");
        }
        this.personId = personId;
        this.requestId = requestId;
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

    public long getRequestId() {
        return requestId;
    }

    public Long getPlanId() {
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
