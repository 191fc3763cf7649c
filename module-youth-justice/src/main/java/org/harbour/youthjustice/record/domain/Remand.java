package org.harbour.youthjustice.record.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A remand, with the looked-after period (legal status J1) it opened in the child's social care
 * record, which ends when the remand ends.
 */
@Entity
@Table(name = "youth_justice_remand")
public class Remand extends Recorded {

    /** SSDA903 legal status of a remanded child. */
    public static final String LEGAL_STATUS = "J1";
    /** SSDA903 reason episode ceased: accommodation on remand ended. */
    public static final String REMAND_ENDED = "E14";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RemandKind kind;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "looked_after_period_id")
    private Long lookedAfterPeriodId;

    protected Remand() {
    }

    public Remand(long personId, RemandKind kind, LocalDate startedOn, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.kind = kind;
        this.startedOn = startedOn;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public void lookedAfterIn(long periodId) {
        this.lookedAfterPeriodId = periodId;
    }

    public void end(LocalDate on) {
        if (!isOpen()) {
            throw new IllegalStateException("The remand already ended on " + endedOn);
        }
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException("A remand cannot end before it started");
        }
        this.endedOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public RemandKind getKind() {
        return kind;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Long getLookedAfterPeriodId() {
        return lookedAfterPeriodId;
    }
}
