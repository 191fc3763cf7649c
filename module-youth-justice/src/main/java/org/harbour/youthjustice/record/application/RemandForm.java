package org.harbour.youthjustice.record.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.io.Serializable;
import java.time.LocalDate;

/** A remand: where to ({@code LOCAL_AUTHORITY} or {@code YOUTH_DETENTION}) and from which day. */
public class RemandForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Choose where the child is remanded to.")
    private String kind;

    @NotNull(message = "Enter the day the remand began.")
    @PastOrPresent(message = "A remand cannot begin in the future.")
    private LocalDate startedOn;

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
}
