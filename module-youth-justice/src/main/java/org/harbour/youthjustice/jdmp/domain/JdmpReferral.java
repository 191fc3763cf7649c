package org.harbour.youthjustice.jdmp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A police referral of a child's offence to the Joint Decision-Making Panel: the service's
 * assessment is due 10 working days after it, and the panel decides once.
 */
@Entity
@Table(name = "youth_justice_jdmp_referral")
public class JdmpReferral extends Recorded {

    /** Working days from the police referral within which the service assesses the child. */
    public static final int ASSESSMENT_WORKING_DAYS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "offence_id", nullable = false)
    private long offenceId;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "assessment_due", nullable = false)
    private LocalDate assessmentDue;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "panel_on")
    private LocalDate panelOn;

    @Column(name = "decision_code", length = 40)
    private String decisionCode;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "outcome_id")
    private Long outcomeId;

    @Column(length = PanelDetails.MAX_TEXT)
    private String attendees;

    @Column(name = "panel_gravity")
    private Integer panelGravity;

    @Column(name = "caution_conditions", length = PanelDetails.MAX_TEXT)
    private String cautionConditions;

    @Column(name = "conditions_end_on")
    private LocalDate conditionsEndOn;

    protected JdmpReferral() {
    }

    public JdmpReferral(long personId, long offenceId, LocalDate referredOn, LocalDate assessmentDue, String by, Instant at) {
        super(by, at);
        this.personId = personId;
        this.offenceId = offenceId;
        this.referredOn = referredOn;
        this.assessmentDue = assessmentDue;
    }

    public boolean isDecided() {
        return decidedOn != null;
    }

    /** The assessment is still owed: neither recorded nor overtaken by the panel's decision. */
    public boolean isAssessmentOutstanding() {
        return assessedOn == null && !isDecided();
    }

    public void assessed(LocalDate on) {
        this.assessedOn = on;
    }

    public void decide(String decisionCode, LocalDate on, long outcomeId) {
        if (isDecided()) {
            throw new IllegalStateException("Referral " + id + " was decided on " + decidedOn);
        }
        this.decisionCode = decisionCode;
        this.decidedOn = on;
        this.panelOn = on;
        this.outcomeId = outcomeId;
    }

    /** Who sat, the panel's gravity score and a conditional caution's conditions, kept with the decision. */
    public void decide(String decisionCode, LocalDate on, long outcomeId, PanelDetails details, int gravity) {
        decide(decisionCode, on, outcomeId);
        this.attendees = details.attendees();
        this.panelGravity = gravity;
        this.cautionConditions = details.conditions();
        this.conditionsEndOn = details.conditionsEndOn();
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getOffenceId() {
        return offenceId;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getAssessmentDue() {
        return assessmentDue;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public LocalDate getPanelOn() {
        return panelOn;
    }

    public String getDecisionCode() {
        return decisionCode;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public String getAttendees() {
        return attendees;
    }

    public Integer getPanelGravity() {
        return panelGravity;
    }

    public String getCautionConditions() {
        return cautionConditions;
    }

    public LocalDate getConditionsEndOn() {
        return conditionsEndOn;
    }
}
