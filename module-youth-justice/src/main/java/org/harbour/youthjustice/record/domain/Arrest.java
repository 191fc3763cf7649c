package org.harbour.youthjustice.record.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/** An arrest and the police custody that followed; a child held overnight is flagged for scrutiny. */
@Entity
@Table(name = "youth_justice_arrest")
public class Arrest extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "arrested_on", nullable = false)
    private LocalDate arrestedOn;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Column(name = "detained_overnight", nullable = false)
    private boolean detainedOvernight;

    @Column(name = "police_station", length = 120)
    private String policeStation;

    protected Arrest() {
    }

    public Arrest(long personId, LocalDate arrestedOn, LocalDate releasedOn, boolean detainedOvernight, String policeStation,
                  String by, Instant at) {
        super(by, at);
        if (releasedOn != null && releasedOn.isBefore(arrestedOn)) {
            throw new IllegalArgumentException("Released before arrested");
        }
        this.personId = personId;
        this.arrestedOn = arrestedOn;
        this.releasedOn = releasedOn;
        // A release on a later day means a night in the cells, whatever was ticked.
        this.detainedOvernight = detainedOvernight || releasedOn != null && releasedOn.isAfter(arrestedOn);
        this.policeStation = policeStation;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getArrestedOn() {
        return arrestedOn;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public boolean isDetainedOvernight() {
        return detainedOvernight;
    }

    public String getPoliceStation() {
        return policeStation;
    }
}
