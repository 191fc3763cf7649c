package org.harbour.youthjustice.record.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** An offence: when, what type, its gravity score and whether a weapon was involved. */
public class OffenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the offence was committed.")
    @PastOrPresent(message = "An offence cannot be committed in the future.")
    private LocalDate committedOn;

    @NotBlank(message = "Choose the type of offence.")
    private String type;

    @NotNull(message = "Give the gravity score, 1 to 8.")
    @Min(value = 1, message = "The gravity score is 1 to 8.")
    @Max(value = 8, message = "The gravity score is 1 to 8.")
    private Integer gravity;

    private boolean weapon;

    @NotBlank(message = "Describe the offence in a few words.")
    @Size(max = 500, message = "Keep the description to 500 characters.")
    private String description;

    public LocalDate getCommittedOn() {
        return committedOn;
    }

    public void setCommittedOn(LocalDate committedOn) {
        this.committedOn = committedOn;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Integer getGravity() {
        return gravity;
    }

    public void setGravity(Integer gravity) {
        this.gravity = gravity;
    }

    public boolean isWeapon() {
        return weapon;
    }

    public void setWeapon(boolean weapon) {
        this.weapon = weapon;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
