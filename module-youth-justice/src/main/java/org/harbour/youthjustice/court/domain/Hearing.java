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

/** A hearing in the court diary: the day, the court, why, and once heard what happened. */
@Entity(name = "YjHearing")
@Table(name = "youth_justice_hearing")
public class Hearing extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "offence_id")
    private Long offenceId;

    @Column(name = "hearing_on", nullable = false)
    private LocalDate hearingOn;

    @Column(name = "court_name", nullable = false, length = 120)
    private String courtName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private HearingPurpose purpose;

    @Column(length = 500)
    private String result;

    protected Hearing() {
    }

    public Hearing(long personId, Long offenceId, LocalDate hearingOn, String courtName, HearingPurpose purpose, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.offenceId = offenceId;
        this.hearingOn = hearingOn;
        this.courtName = courtName;
        this.purpose = purpose;
    }

    /** What the court did, said once the hearing has taken place. */
    public void heard(String what, LocalDate today) {
        if (hearingOn.isAfter(today)) {
            throw new IllegalStateException("The hearing has not taken place yet");
        }
        this.result = what;
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

    public LocalDate getHearingOn() {
        return hearingOn;
    }

    public String getCourtName() {
        return courtName;
    }

    public HearingPurpose getPurpose() {
        return purpose;
    }

    public String getResult() {
        return result;
    }
}
