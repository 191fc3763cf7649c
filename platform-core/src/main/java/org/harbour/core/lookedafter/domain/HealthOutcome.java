package org.harbour.core.lookedafter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The child's health and wellbeing in one collection year (ending 31 March): the annual health and
 * dental checks, immunisations up to date, the SDQ score (or why there is none), convictions and
 * substance misuse with the intervention received or offered - the SSDA903 OC2 table.
 */
@Entity(name = "LookedAfterHealthOutcome")
@Table(name = "core_cla_health_outcome")
public class HealthOutcome extends Recorded {

    @Column(name = "year_ending", nullable = false, updatable = false)
    private LocalDate yearEnding;

    @Column(name = "health_check", nullable = false)
    private boolean healthCheck;

    @Column(name = "teeth_check", nullable = false)
    private boolean teethCheck;

    @Column(nullable = false)
    private boolean immunisations;

    @Column(name = "health_assessment", nullable = false)
    private boolean healthAssessment;

    @Column(name = "sdq_score")
    private Integer sdqScore;

    @Column(name = "sdq_reason", length = 4)
    private String sdqReason;

    @Column(nullable = false)
    private boolean convicted;

    @Column(name = "substance_misuse", nullable = false)
    private boolean substanceMisuse;

    @Column(name = "intervention_received")
    private Boolean interventionReceived;

    @Column(name = "intervention_offered")
    private Boolean interventionOffered;

    protected HealthOutcome() {
    }

    public HealthOutcome(long personId, LocalDate yearEnding, String recordedBy, Instant recordedAt) {
        super(personId, recordedBy, recordedAt);
        this.yearEnding = yearEnding;
    }

    public LocalDate getYearEnding() { return yearEnding; }
    public boolean isHealthCheck() { return healthCheck; }
    public void setHealthCheck(boolean healthCheck) { this.healthCheck = healthCheck; }
    public boolean isTeethCheck() { return teethCheck; }
    public void setTeethCheck(boolean teethCheck) { this.teethCheck = teethCheck; }
    public boolean isImmunisations() { return immunisations; }
    public void setImmunisations(boolean immunisations) { this.immunisations = immunisations; }
    public boolean isHealthAssessment() { return healthAssessment; }
    public void setHealthAssessment(boolean healthAssessment) { this.healthAssessment = healthAssessment; }
    public Integer getSdqScore() { return sdqScore; }
    public void setSdqScore(Integer sdqScore) { this.sdqScore = sdqScore; }
    public String getSdqReason() { return sdqReason; }
    public void setSdqReason(String sdqReason) { this.sdqReason = sdqReason; }
    public boolean isConvicted() { return convicted; }
    public void setConvicted(boolean convicted) { this.convicted = convicted; }
    public boolean isSubstanceMisuse() { return substanceMisuse; }
    public void setSubstanceMisuse(boolean substanceMisuse) { this.substanceMisuse = substanceMisuse; }
    public Boolean getInterventionReceived() { return interventionReceived; }
    public void setInterventionReceived(Boolean interventionReceived) { this.interventionReceived = interventionReceived; }
    public Boolean getInterventionOffered() { return interventionOffered; }
    public void setInterventionOffered(Boolean interventionOffered) { this.interventionOffered = interventionOffered; }
}
