package org.harbour.youthjustice.atc.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A package's review: its day, the next review's, and the plan as revised (blank: unchanged). Send the version read. */
public class ReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day of the review.")
    private LocalDate reviewedOn;

    @NotNull(message = "Enter the day the next review is due.")
    private LocalDate reviewDueOn;

    @Size(max = 4000, message = "The plan is at most 4,000 characters.")
    private String riskManagementPlan;

    private Long version;

    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate reviewedOn) { this.reviewedOn = reviewedOn; }
    public LocalDate getReviewDueOn() { return reviewDueOn; }
    public void setReviewDueOn(LocalDate reviewDueOn) { this.reviewDueOn = reviewDueOn; }
    public String getRiskManagementPlan() { return riskManagementPlan; }
    public void setRiskManagementPlan(String riskManagementPlan) { this.riskManagementPlan = riskManagementPlan; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
