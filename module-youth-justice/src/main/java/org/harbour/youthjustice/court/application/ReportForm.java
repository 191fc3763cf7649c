package org.harbour.youthjustice.court.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.io.Serializable;
import java.time.LocalDate;

/** The court's request for a pre-sentence report: asked on a day, due on another, at a hearing if recorded. */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the day the court asked for the report.")
    @PastOrPresent(message = "The court cannot have asked for the report in the future.")
    private LocalDate requestedOn;

    @NotNull(message = "Enter the day the report is due.")
    private LocalDate dueOn;

    private Long hearingId;

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getHearingId() {
        return hearingId;
    }

    public void setHearingId(Long hearingId) {
        this.hearingId = hearingId;
    }
}
