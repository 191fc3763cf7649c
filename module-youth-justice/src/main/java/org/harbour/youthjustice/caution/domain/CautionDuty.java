package org.harbour.youthjustice.caution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/** The service's duty to assess a cautioned child and arrange an intervention, owed until both are recorded. */
@Entity(name = "YjCautionDuty")
@Table(name = "youth_justice_caution_duty")
public class CautionDuty extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "outcome_id", nullable = false)
    private long outcomeId;

    @Column(nullable = false, length = 80)
    private String reason;

    @Column(name = "arisen_on", nullable = false)
    private LocalDate arisenOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(length = 500)
    private String intervention;

    protected CautionDuty() {
    }

    public CautionDuty(long personId, long outcomeId, String reason, LocalDate arisenOn, LocalDate dueOn, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.outcomeId = outcomeId;
        this.reason = reason;
        this.arisenOn = arisenOn;
        this.dueOn = dueOn;
    }

    public boolean isOwed() {
        return assessedOn == null;
    }

    public boolean isOverdue(LocalDate today) {
        return isOwed() && dueOn.isBefore(today);
    }

    /** The assessment done and the intervention arranged, which discharges the duty. */
    public void met(LocalDate on, String arranged) {
        if (!isOwed()) {
            throw new IllegalStateException("Already met on " + assessedOn);
        }
        if (on.isBefore(arisenOn)) {
            throw new IllegalArgumentException("Assessed before the caution");
        }
        this.assessedOn = on;
        this.intervention = arranged;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getOutcomeId() {
        return outcomeId;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getArisenOn() {
        return arisenOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getIntervention() {
        return intervention;
    }
}
