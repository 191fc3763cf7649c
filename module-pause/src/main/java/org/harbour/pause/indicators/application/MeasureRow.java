package org.harbour.pause.indicators.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One measure month by month: its value in each month (null where it has none, such as a
 * percentage of no women) and the women counted in the latest month, by name.
 */
public record MeasureRow(String key, String title, String unit, List<Double> values, List<String> cells,
                         List<String> womenLatest) implements Serializable {

    public MeasureRow {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // nulls kept: a month without a value
        cells = List.copyOf(cells);
        womenLatest = List.copyOf(womenLatest);
    }

    public String getKey() { return key; }
    public String getTitle() { return title; }
    public String getUnit() { return unit; }
    public List<String> getCells() { return cells; }
    public List<String> getWomenLatest() { return womenLatest; }

    /** The latest month's value as shown. */
    public String getLatest() {
        return cells.isEmpty() ? "" : cells.get(cells.size() - 1);
    }
}
