package org.harbour.youthjustice.measures.application;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Some of the module's scorecard figures month by month, for the measures page's chart and the
 * table that is its text: each row an indicator (by its catalogue id, so the page can link to its
 * trend with target and comparators) and what it counted in each month.
 */
public record MonthlyFiguresView(List<YearMonth> months, List<Row> rows) implements Serializable {

    /** One indicator: what it counted in each month, in the order of the months. */
    public record Row(String indicatorId, String title, List<Long> counts) implements Serializable {
    }
}
