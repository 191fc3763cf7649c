package org.harbour.youthjustice.record.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** An arrest: the day, the day of release from police custody if known, and whether the child was held overnight. */
public class ArrestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day of the arrest.")
    @PastOrPresent(message = "An arrest cannot be in the future.")
    private LocalDate arrestedOn;

    @PastOrPresent(message = "A release from custody cannot be in the future.")
    private LocalDate releasedOn;

    private boolean detainedOvernight;

    @Size(max = 120, message = "Keep the police station's name to 120 characters.")
    private String policeStation;

    public LocalDate getArrestedOn() {
        return arrestedOn;
    }

    public void setArrestedOn(LocalDate arrestedOn) {
        this.arrestedOn = arrestedOn;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public void setReleasedOn(LocalDate releasedOn) {
        this.releasedOn = releasedOn;
    }

    public boolean isDetainedOvernight() {
        return detainedOvernight;
    }

    public void setDetainedOvernight(boolean detainedOvernight) {
        this.detainedOvernight = detainedOvernight;
    }

    public String getPoliceStation() {
        return policeStation;
    }

    public void setPoliceStation(String policeStation) {
        this.policeStation = policeStation;
    }
}
