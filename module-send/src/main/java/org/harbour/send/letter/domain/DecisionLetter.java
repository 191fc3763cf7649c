package org.harbour.send.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.harbour.send.history.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What every letter to the family about a decision holds, whichever record the decision was made
 * on: the child, the decision, its day, the day the letter was sent and how. Each kind of letter
 * keeps its own table; a sent letter does not change.
 */
@MappedSuperclass
public abstract class DecisionLetter extends Recorded implements SentLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

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

    protected DecisionLetter() {
    }

    /** A letter cannot tell of a decision not yet made, nor be sent before it. */
    protected DecisionLetter(long personId, LetterKind kind, LocalDate decidedOn, LocalDate sentOn, SentBy sentBy,
                             String by, Instant at) {
        super(by, at);
        if (decidedOn == null) {
            throw new IllegalStateException("There is no " + kind.getLabel().toLowerCase(Locale.UK)
                    + " to write to the family about yet.");
        }
        if (sentOn.isBefore(decidedOn)) {
            throw new IllegalStateException("The letter cannot be sent before the decision of " + decidedOn + ".");
        }
        this.personId = personId;
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
