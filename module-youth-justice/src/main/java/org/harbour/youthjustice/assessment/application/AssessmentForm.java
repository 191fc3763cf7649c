package org.harbour.youthjustice.assessment.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An assessment as recorded: type, author and start; then (at once or later) the completion with
 * its ratings ({@code LOW}, {@code MEDIUM}, {@code HIGH}, {@code VERY_HIGH}) and the review day.
 */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Choose the type of assessment.")
    private String type;

    /** The practitioner who wrote it; the signed-in user when left empty. */
    @Size(max = 80, message = "The author's name is at most 80 characters.")
    private String author;

    @NotNull(message = "Enter the day the assessment was started.")
    @PastOrPresent(message = "An assessment cannot be started in the future.")
    private LocalDate startedOn;

    @PastOrPresent(message = "An assessment cannot be completed in the future.")
    private LocalDate completedOn;

    private String likelihoodOfReoffending;
    private String riskOfSeriousHarm;
    private String safetyAndWellbeing;

    /** Empty: the latest day the ratings allow. */
    private LocalDate reviewDueOn;

    private Long version;

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public String getLikelihoodOfReoffending() { return likelihoodOfReoffending; }
    public void setLikelihoodOfReoffending(String v) { this.likelihoodOfReoffending = v; }
    public String getRiskOfSeriousHarm() { return riskOfSeriousHarm; }
    public void setRiskOfSeriousHarm(String v) { this.riskOfSeriousHarm = v; }
    public String getSafetyAndWellbeing() { return safetyAndWellbeing; }
    public void setSafetyAndWellbeing(String v) { this.safetyAndWellbeing = v; }
    public LocalDate getReviewDueOn() { return reviewDueOn; }
    public void setReviewDueOn(LocalDate reviewDueOn) { this.reviewDueOn = reviewDueOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
