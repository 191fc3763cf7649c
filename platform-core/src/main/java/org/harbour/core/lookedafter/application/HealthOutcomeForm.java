package org.harbour.core.lookedafter.application;

import java.io.Serializable;
import java.time.LocalDate;

/** The child's health and wellbeing for the collection year ending {@code yearEnding} (a 31 March), as entered. */
public class HealthOutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private LocalDate yearEnding;
    private boolean healthCheck;
    private boolean teethCheck;
    private boolean immunisations;
    private boolean healthAssessment;
    private Integer sdqScore;
    private String sdqReason;
    private boolean convicted;
    private boolean substanceMisuse;
    private Boolean interventionReceived;
    private Boolean interventionOffered;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public LocalDate getYearEnding() { return yearEnding; }
    public void setYearEnding(LocalDate yearEnding) { this.yearEnding = yearEnding; }
    public boolean isHealthCheck() { return healthCheck; }
    public void setHealthCheck(boolean v) { this.healthCheck = v; }
    public boolean isTeethCheck() { return teethCheck; }
    public void setTeethCheck(boolean v) { this.teethCheck = v; }
    public boolean isImmunisations() { return immunisations; }
    public void setImmunisations(boolean v) { this.immunisations = v; }
    public boolean isHealthAssessment() { return healthAssessment; }
    public void setHealthAssessment(boolean v) { this.healthAssessment = v; }
    public Integer getSdqScore() { return sdqScore; }
    public void setSdqScore(Integer v) { this.sdqScore = v; }
    public String getSdqReason() { return sdqReason; }
    public void setSdqReason(String v) { this.sdqReason = v; }
    public boolean isConvicted() { return convicted; }
    public void setConvicted(boolean v) { this.convicted = v; }
    public boolean isSubstanceMisuse() { return substanceMisuse; }
    public void setSubstanceMisuse(boolean v) { this.substanceMisuse = v; }
    public Boolean getInterventionReceived() { return interventionReceived; }
    public void setInterventionReceived(Boolean v) { this.interventionReceived = v; }
    public Boolean getInterventionOffered() { return interventionOffered; }
    public void setInterventionOffered(Boolean v) { this.interventionOffered = v; }
}
