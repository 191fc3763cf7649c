package org.harbour.youthjustice.court.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A hearing for the diary: the day (past or to come), the court, why, and the offence if it is about one. */
public class HearingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day of the hearing.")
    private LocalDate hearingOn;

    @NotBlank(message = "Name the court.")
    @Size(max = 120, message = "Keep the court's name to 120 characters.")
    private String courtName;

    @NotBlank(message = "Choose why the child is before the court.")
    private String purpose;

    private Long offenceId;

    public LocalDate getHearingOn() {
        return hearingOn;
    }

    public void setHearingOn(LocalDate hearingOn) {
        this.hearingOn = hearingOn;
    }

    public String getCourtName() {
        return courtName;
    }

    public void setCourtName(String courtName) {
        this.courtName = courtName;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Long getOffenceId() {
        return offenceId;
    }

    public void setOffenceId(Long offenceId) {
        this.offenceId = offenceId;
    }
}
