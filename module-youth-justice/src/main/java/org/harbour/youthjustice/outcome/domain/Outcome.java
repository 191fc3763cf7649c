package org.harbour.youthjustice.outcome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/** An outcome on the ladder for a child, usually for one offence; a sentence quashed on appeal stays, marked. */
@Entity
@Table(name = "youth_justice_outcome")
public class Outcome extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "offence_id")
    private Long offenceId;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "type_code")
    private OutcomeType type;

    @Column(name = "outcome_on", nullable = false)
    private LocalDate outcomeOn;

    @Column(name = "quashed_on")
    private LocalDate quashedOn;

    @Column(length = 500)
    private String note;

    protected Outcome() {
    }

    public Outcome(long personId, Long offenceId, OutcomeType type, LocalDate outcomeOn, String note, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.offenceId = offenceId;
        this.type = type;
        this.outcomeOn = outcomeOn;
        this.note = note;
    }

    public boolean isQuashed() {
        return quashedOn != null;
    }

    /** Only a court's outcome is appealed; quashing it keeps the record and drops it from the measures. */
    public void quash(LocalDate on) {
        if (isQuashed()) {
            throw new IllegalStateException("Already quashed on " + quashedOn);
        }
        if (on.isBefore(outcomeOn)) {
            throw new IllegalArgumentException("Quashed before it was given");
        }
        this.quashedOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getOffenceId() {
        return offenceId;
    }

    public OutcomeType getType() {
        return type;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public LocalDate getQuashedOn() {
        return quashedOn;
    }

    public String getNote() {
        return note;
    }
}
