package org.harbour.pause.indicators.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The module's measures over twelve months as computed from today's records at one moment. */
public record DashboardView(List<YearMonth> months, List<MeasureRow> rows, int cap, Instant computedAt) implements Serializable {

    public DashboardView {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }

    public Optional<MeasureRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public List<YearMonth> getMonths() { return months; }
    public List<MeasureRow> getRows() { return rows; }
    public int getCap() { return cap; }
    public Instant getComputedAt() { return computedAt; }
}
