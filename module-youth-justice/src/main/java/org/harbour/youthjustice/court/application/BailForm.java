package org.harbour.youthjustice.court.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** Bail supervision or support: its kind, from which day, the bail conditions and whether the child is tagged. */
public class BailForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Choose the kind of bail support.")
    private String kind;

    @NotNull(message = "Enter the day the bail support began.")
    @PastOrPresent(message = "Bail support cannot begin in the future.")
    private LocalDate startedOn;

    @Size(max = 500, message = "Keep the conditions to 500 characters.")
    private String conditions;

    private boolean electronicMonitoring;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public boolean isElectronicMonitoring() {
        return electronicMonitoring;
    }

    public void setElectronicMonitoring(boolean electronicMonitoring) {
        this.electronicMonitoring = electronicMonitoring;
    }
}
