package org.harbour.youthjustice.plan.application;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.io.Serializable;
import java.time.LocalDate;

/** An intervention of the child's plan, or its progress: type and start, then sessions, end and completion. */
public class InterventionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Choose the intervention.")
    private String type;

    @NotNull(message = "Enter the day the intervention began.")
    @PastOrPresent(message = "Record an intervention once it has begun.")
    private LocalDate startedOn;

    @Min(value = 0, message = "Sessions are counted from 0.")
    private int sessionsOffered;

    @Min(value = 0, message = "Sessions are counted from 0.")
    private int sessionsAttended;

    @PastOrPresent(message = "An intervention cannot have ended in the future.")
    private LocalDate endedOn;

    private String completion = "ONGOING";

    private Long version;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public int getSessionsOffered() {
        return sessionsOffered;
    }

    public void setSessionsOffered(int sessionsOffered) {
        this.sessionsOffered = sessionsOffered;
    }

    public int getSessionsAttended() {
        return sessionsAttended;
    }

    public void setSessionsAttended(int sessionsAttended) {
        this.sessionsAttended = sessionsAttended;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getCompletion() {
        return completion;
    }

    public void setCompletion(String completion) {
        this.completion = completion;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
