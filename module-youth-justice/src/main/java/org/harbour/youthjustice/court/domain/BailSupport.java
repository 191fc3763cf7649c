package org.harbour.youthjustice.court.domain;

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

/** A period of bail supervision or support: its kind, the bail conditions, electronic monitoring, start and end. */
@Entity(name = "YjBailSupport")
@Table(name = "youth_justice_bail_support")
public class BailSupport extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private BailKind kind;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(length = 500)
    private String conditions;

    @Column(name = "electronic_monitoring", nullable = false)
    private boolean electronicMonitoring;

    protected BailSupport() {
    }

    public BailSupport(long personId, BailKind kind, LocalDate startedOn, String conditions, boolean electronicMonitoring,
                       String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.kind = kind;
        this.startedOn = startedOn;
        this.conditions = conditions;
        this.electronicMonitoring = electronicMonitoring;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public void end(LocalDate on) {
        if (!isOpen()) {
            throw new IllegalStateException("Already ended on " + endedOn);
        }
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException("Bail support cannot end before it began");
        }
        this.endedOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public BailKind getKind() {
        return kind;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getConditions() {
        return conditions;
    }

    public boolean isElectronicMonitoring() {
        return electronicMonitoring;
    }
}
