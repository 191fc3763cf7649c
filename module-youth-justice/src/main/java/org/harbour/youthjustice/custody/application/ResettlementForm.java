package org.harbour.youthjustice.custody.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** The resettlement plan agreed for release and where the child will live; with the version read. */
public class ResettlementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the resettlement plan was agreed.")
    @PastOrPresent(message = "A plan is recorded once agreed.")
    private LocalDate resettlementPlanOn;

    @NotBlank(message = "Say what the resettlement plan arranges.")
    @Size(max = 2000, message = "The plan's summary is at most 2,000 characters.")
    private String resettlementPlan;

    @NotBlank(message = "Choose where the child will live on release.")
    private String releaseAccommodation;

    private Long version;

    public LocalDate getResettlementPlanOn() { return resettlementPlanOn; }
    public void setResettlementPlanOn(LocalDate v) { this.resettlementPlanOn = v; }
    public String getResettlementPlan() { return resettlementPlan; }
    public void setResettlementPlan(String v) { this.resettlementPlan = v; }
    public String getReleaseAccommodation() { return releaseAccommodation; }
    public void setReleaseAccommodation(String v) { this.releaseAccommodation = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
