package org.harbour.core.spi.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/** Where a piece of work stands against its timescale on a given day. */
public final class TimescaleStatus implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum State { DUE, OVERDUE, MET, MISSED }

    private final LocalDate dueOn;
    private final LocalDate completedOn;
    private final State state;

    public TimescaleStatus(LocalDate dueOn, LocalDate completedOn, LocalDate today) {
        this.dueOn = dueOn;
        this.completedOn = completedOn;
        if (completedOn != null) {
            state = completedOn.isAfter(dueOn) ? State.MISSED : State.MET;
        } else {
            state = today.isAfter(dueOn) ? State.OVERDUE : State.DUE;
        }
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public State getState() {
        return state;
    }

    /** Open and past its due date. */
    public boolean isOverdue() {
        return state == State.OVERDUE;
    }

    /** Done within the timescale. */
    public boolean isMet() {
        return state == State.MET;
    }
}
