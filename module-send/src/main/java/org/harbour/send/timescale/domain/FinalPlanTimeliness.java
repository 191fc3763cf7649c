package org.harbour.send.timescale.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a final plan came within 20 weeks, reported both ways as the DfE asks: plainly, and
 * allowing for the permitted exceptions. An exception covers a late plan when the days it applied
 * within the 20 weeks are at least as many as the plan was late: the clock itself never stops.
 */
public record FinalPlanTimeliness(LocalDate received, LocalDate issued, List<ExceptionPeriod> exceptions) {

    public FinalPlanTimeliness {
        exceptions = List.copyOf(exceptions);
    }

    public LocalDate due() {
        return EhcTimescales.finalPlanDue(received);
    }

    public boolean withinTwentyWeeks() {
        return EhcTimescales.onTime(issued, due());
    }

    /** Days after the due day the plan was issued (0 when on time). */
    public long daysLate() {
        return Math.max(0, issued.toEpochDay() - due().toEpochDay());
    }

    /** Days of recorded exceptions that fell between the request and the 20-week day. */
    public long exceptionDays() {
        return exceptions.stream().mapToLong(e -> e.daysWithin(received, due())).sum();
    }

    /** On time, or late by no more than the exceptions' days within the 20 weeks. */
    public boolean withinTwentyWeeksAllowingExceptions() {
        return withinTwentyWeeks() || daysLate() <= exceptionDays();
    }

    /** Late, but every late day explained by a permitted exception (SEN2's Week20 exception flag). */
    public boolean lateButCoveredByExceptions() {
        return !withinTwentyWeeks() && withinTwentyWeeksAllowingExceptions();
    }
}
