package org.harbour.youthjustice.atc.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A new alternative-to-custody package: its start, what it arranges, the risk management plan and the first review. */
public class PackageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the package began.")
    private LocalDate startedOn;

    @NotBlank(message = "Say what the package arranges.")
    @Size(max = 2000, message = "Say it in at most 2,000 characters.")
    private String summary;

    @NotBlank(message = "A package needs its risk management plan.")
    @Size(max = 4000, message = "The plan is at most 4,000 characters.")
    private String riskManagementPlan;

    @NotNull(message = "Enter the day the first review is due.")
    private LocalDate reviewDueOn;

    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getRiskManagementPlan() { return riskManagementPlan; }
    public void setRiskManagementPlan(String riskManagementPlan) { this.riskManagementPlan = riskManagementPlan; }
    public LocalDate getReviewDueOn() { return reviewDueOn; }
    public void setReviewDueOn(LocalDate reviewDueOn) { this.reviewDueOn = reviewDueOn; }
}
