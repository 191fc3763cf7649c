package org.harbour.core.spi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/** Due dates and status of work against statutory timescales, on the England working-day calendar. */
@ApplicationScoped
public class Timescales {

    @Inject
    private WorkingDayCalendar calendar;

    public Timescales() {
    }

    /** For unit tests. */
    public Timescales(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate dueDate(LocalDate start, Timescale timescale) {
        return switch (timescale.getUnit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, timescale.getAmount());
            case DAYS -> start.plusDays(timescale.getAmount());
            case WEEKS -> start.plusWeeks(timescale.getAmount());
            case MONTHS -> start.plusMonths(timescale.getAmount());
        };
    }

    public TimescaleStatus status(LocalDate start, Timescale timescale, LocalDate completedOn, LocalDate today) {
        return new TimescaleStatus(dueDate(start, timescale), completedOn, today);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
