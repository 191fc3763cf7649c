package org.harbour.performance.slices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.performance.PerformanceModule;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.domain.Item;
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.indicators.domain.Unit;
import org.harbour.performance.populations.application.Populations;
import org.harbour.performance.populations.domain.AgeBand;
import org.harbour.performance.slices.domain.Slice;
import org.harbour.performance.slices.domain.SliceDimension;
import org.harbour.performance.slices.domain.Slicer;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any counted indicator's figure for a month broken down by team, worker, age band, sex, ethnicity,
 * legal status or locality, from the same rows the drill-down lists, so the slices add up to the
 * figure. Counts only, no child named. Small numbers are withheld (DfE practice) in a slice unless
 * the user may list the children behind figures ({@code performance:drill-down}) and reaches every
 * child in that slice: the record holders.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class IndicatorSlices {

    public static final String ACTION = "SCORECARD_SLICES";

    @Inject
    private RowReader reader;

    @Inject
    private PerformanceAccess access;

    @Inject
    private AccessGuard records;

    @Inject
    private ModuleSettings settings;

    @Inject
    private Audit audit;

    @Inject
    private Populations populations;

    /** The slices, the figure they add up to, and how many slices had small numbers withheld. */
    public record Result(long numerator, Long denominator, List<Slice> slices, int threshold, int withheld)
            implements Serializable {
        public long getNumerator() {
            return numerator;
        }

        public Long getDenominator() {
            return denominator;
        }

        public List<Slice> getSlices() {
            return slices;
        }

        public int getThreshold() {
            return threshold;
        }

        public int getWithheld() {
            return withheld;
        }
    }

    public Result slices(String indicatorId, YearMonth month, SliceDimension by) {
        access.require(PerformanceAccess.ACCESS, ACTION);
        if (by == null) {
            throw new InvalidInputException("by", "Choose what to break the figure down by: "
                    + java.util.Arrays.toString(SliceDimension.values()));
        }
        MonthRows rows = reader.read(indicatorId, month);
        Tally tally = rows.tally();
        List<Item> items = tally.items();
        if (items.stream().anyMatch(i -> i.personId() == null)) {
            throw new InvalidInputException("indicator", "'" + indicatorId + "' counts caseholders, not children: "
                    + "its rows have no child's team, age or legal status to break them down by");
        }
        long rowsNumerator = items.stream().mapToLong(Item::numerator).sum();
        long rowsDenominator = items.stream().filter(Item::inDenominator).count();
        if (rowsNumerator != tally.numerator()
                || tally.denominator() != null && rowsDenominator != tally.denominator()) {
            // A module may count events but name only the children: its rows would not add up to the figure.
            throw new InvalidInputException("indicator", "'" + indicatorId + "' is counted by a module that names "
                    + "its children but not each thing it counts, so its figure cannot be broken down to add up");
        }
        Map<String, Set<Long>> childrenBySlice = new HashMap<>();
        List<Slice> slices = Slicer.slice(items, month, by, rows.facts(), tally.denominator() != null,
                childrenBySlice);
        boolean listsChildren = access.has(PerformanceAccess.DRILL_DOWN);
        Map<Long, Boolean> reach = new HashMap<>();
        int threshold = settings.intValue(PerformanceModule.ID, PerformanceModule.SMALL_NUMBERS_BELOW);
        List<Slice> shown = Slicer.suppress(slices, threshold, slice -> !listsChildren
                || !childrenBySlice.getOrDefault(slice.label(), Set.of()).stream()
                .allMatch(child -> reach.computeIfAbsent(child, records::mayReach)));
        Unit unit = rows.indicator().definition().getUnit();
        if (unit.ageBand() != null) {
            Map<AgeBand, Long> ofYear = new java.util.EnumMap<>(AgeBand.class);
            populations.byBandAndYear().forEach((band, years) -> {
                Long population = years.get(month.getYear());
                if (population != null) {
                    ofYear.put(band, population);
                }
            });
            shown = Slicer.perPopulation(shown, by, ofYear, unit.ageBand());
        }
        int withheld = (int) shown.stream().filter(Slice::suppressed).count();
        audit.success(ACTION, "performance-indicator", indicatorId + ":" + month, "Counts by " + by.name()
                + " in " + shown.size() + " slice(s), " + withheld + " withheld as small numbers");
        return new Result(tally.numerator(), tally.denominator(), shown, threshold, withheld);
    }
}
