package org.harbour.core.spi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England: Monday to Friday except bank holidays, plus any days the council
 * adds in {@code harbour.calendar.non-working-days} (e.g. a newly proclaimed bank holiday or a
 * Christmas closure) and less any it lists in {@code harbour.calendar.working-days}.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();
    private Set<LocalDate> extraNonWorking = Set.of();
    private Set<LocalDate> extraWorking = Set.of();

    public WorkingDayCalendar() {
    }

    /** For tests and tools: a calendar with explicit additions. */
    public WorkingDayCalendar(Set<LocalDate> extraNonWorking, Set<LocalDate> extraWorking) {
        this.extraNonWorking = Set.copyOf(extraNonWorking);
        this.extraWorking = Set.copyOf(extraWorking);
    }

    /** Payara's config producer cannot inject {@code Optional<List<String>>}, so the lists are read from {@link Config}. */
    @Inject
    void configure(Config config) {
        extraNonWorking = parse(values(config, "harbour.calendar.non-working-days"), "harbour.calendar.non-working-days");
        extraWorking = parse(values(config, "harbour.calendar.working-days"), "harbour.calendar.working-days");
    }

    private static List<String> values(Config config, String key) {
        return config.getOptionalValues(key, String.class).orElse(List.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (extraWorking.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
                && !holidaysByYear.computeIfAbsent(day.getYear(), EnglandBankHolidays::of).contains(day)
                && !extraNonWorking.contains(day);
    }

    /**
     * The day {@code n} working days after {@code start} (the start day itself not counted), so
     * a referral on a Monday with 1 working day is due on Tuesday. With {@code n = 0}, the start.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static Set<LocalDate> parse(List<String> values, String key) {
        Set<LocalDate> days = new HashSet<>();
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(value.trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + " holds '" + value + "', which is not a date like 2026-12-29", e);
            }
        }
        return Set.copyOf(days);
    }
}
