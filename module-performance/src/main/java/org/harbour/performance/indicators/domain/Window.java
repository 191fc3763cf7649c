package org.harbour.performance.indicators.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The months an indicator is computed for, first to last, both included. */
public record Window(YearMonth first, YearMonth last) {

    public Window {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The window ends before it starts: " + first + " to " + last);
        }
    }

    public static Window single(YearMonth month) {
        return new Window(month, month);
    }

    /** The 13 months ending with the given one. */
    public static Window thirteenMonthsTo(YearMonth last) {
        return new Window(last.minusMonths(12), last);
    }

    public LocalDate from() {
        return first.atDay(1);
    }

    public LocalDate to() {
        return last.atEndOfMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
