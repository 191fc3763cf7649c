package org.harbour.youthjustice.outcome.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** An outcome: its type (a code of the list), the offence it is for, the day and a note. */
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Choose the outcome.")
    private String type;

    private Long offenceId;

    @NotNull(message = "Enter the day of the outcome.")
    @PastOrPresent(message = "An outcome cannot be in the future.")
    private LocalDate outcomeOn;

    @Size(max = 500, message = "Keep the note to 500 characters.")
    private String note;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getOffenceId() {
        return offenceId;
    }

    public void setOffenceId(Long offenceId) {
        this.offenceId = offenceId;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public void setOutcomeOn(LocalDate outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
