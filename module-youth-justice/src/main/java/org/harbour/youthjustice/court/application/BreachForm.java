package org.harbour.youthjustice.court.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A failure to comply with an order: the day, what happened and what the case manager did. */
public class BreachForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the child failed to comply.")
    @PastOrPresent(message = "A failure to comply cannot be in the future.")
    private LocalDate failedOn;

    @NotBlank(message = "Choose a warning or a return to court.")
    private String action;

    @NotBlank(message = "Say what the child failed to do.")
    @Size(max = 500, message = "Keep it to 500 characters.")
    private String description;

    public LocalDate getFailedOn() {
        return failedOn;
    }

    public void setFailedOn(LocalDate failedOn) {
        this.failedOn = failedOn;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
