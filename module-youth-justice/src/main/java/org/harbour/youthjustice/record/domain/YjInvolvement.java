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

/** The youth justice service working with a child, allocated to one case manager at a time. */
@Entity
@Table(name = "youth_justice_involvement")
public class YjInvolvement extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "case_manager", nullable = false, length = 80)
    private String caseManager;

    protected YjInvolvement() {
    }

    public YjInvolvement(long personId, LocalDate startedOn, String caseManager, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.startedOn = startedOn;
        this.caseManager = caseManager;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public void allocateTo(String caseManager) {
        this.caseManager = caseManager;
    }

    public void end(LocalDate on) {
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException("An involvement cannot end before it started");
        }
        this.endedOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getCaseManager() {
        return caseManager;
    }
}
