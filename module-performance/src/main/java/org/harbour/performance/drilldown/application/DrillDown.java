package org.harbour.performance.drilldown.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.ChildCaseholderRow;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.drilldown.domain.CountedRow;
import org.harbour.performance.drilldown.domain.CountedRows;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.Item;
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.slices.application.MonthRows;
import org.harbour.performance.slices.application.RowReader;
import org.harbour.performance.slices.domain.SliceDimension;
import org.harbour.performance.slices.domain.Slicer;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * From a computed figure to the rows it counts, as today's records give them: the children, or
 * for a measure of events each event (each visit with its due date and whether it was on time),
 * so the rows add up to the numerator and the denominator. Needs {@code performance:drill-down},
 * which is for checking the data: every counted child is listed with id, name, date of birth, the
 * dates that counted them, and the team and worker holding the case at the month's end. The list
 * gives no reach to a record: a child's name links to the record only for a user who may reach
 * it. Every listed child's record gets an audit line, and so does the list itself.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class DrillDown {

    public static final String ACTION = "SCORECARD_DRILL_DOWN";

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private CaseData caseData;

    @Inject
    private PerformanceAccess access;

    @Inject
    private AccessGuard records;

    @Inject
    private Audit audit;

    @Inject
    private RowReader reader;

    /**
     * The rows and the figure they explain; {@code children} how many children are listed and
     * {@code unreachable} how many of them the user may not open. For one slice of the figure,
     * {@code slice} names it and numerator and denominator are the slice's; the whole figure's are
     * given either way.
     */
    public record Result(long numerator, Long denominator, boolean ofEvents, List<CountedRow> rows, int children,
                         int unreachable, String slice, long wholeNumerator, Long wholeDenominator)
            implements Serializable {

        public String getSlice() {
            return slice;
        }

        public long getWholeNumerator() {
            return wholeNumerator;
        }

        public Long getWholeDenominator() {
            return wholeDenominator;
        }

        public long getNumerator() {
            return numerator;
        }

        public Long getDenominator() {
            return denominator;
        }

        public boolean isOfEvents() {
            return ofEvents;
        }

        public List<CountedRow> getRows() {
            return rows;
        }

        public int getChildren() {
            return children;
        }

        public int getUnreachable() {
            return unreachable;
        }

        /** The listed rows' share of the numerator: the whole numerator. */
        public long getListedNumerator() {
            return rows.stream().mapToLong(CountedRow::numerator).sum();
        }

        /** The listed rows in the denominator: the whole denominator. */
        public long getListedDenominator() {
            return rows.stream().filter(CountedRow::inDenominator).count();
        }
    }

    /** The rows behind one counted indicator's figure for the month, as today's records give them. */
    @Transactional(dontRollbackOn = {ActionRefusedException.class, InvalidInputException.class})
    public Result children(String indicatorId, YearMonth month) {
        return children(indicatorId, month, null, null);
    }

    /**
     * The rows behind one slice of the figure (by {@code by}, the slice labelled {@code slice}, as the
     * slices page breaks it down), or behind the whole figure when {@code by} is null.
     */
    @Transactional(dontRollbackOn = {ActionRefusedException.class, InvalidInputException.class})
    public Result children(String indicatorId, YearMonth month, SliceDimension by, String slice) {
        access.require(PerformanceAccess.DRILL_DOWN, ACTION);
        CountedIndicator indicator = catalogue.counted(indicatorId).orElseThrow(() -> new InvalidInputException(
                "indicator", "'" + indicatorId + "' is entered, not counted from records, so it has no children to list"));
        Tally tally;
        List<Item> items;
        String sliceName = null;
        if (by == null) {
            tally = caseData.read(queries -> indicator.compute(queries, Window.single(month)).get(month));
            items = tally.items();
        } else {
            if (slice == null || slice.isBlank()) {
                throw new InvalidInputException("slice", "Choose the slice whose rows to list");
            }
            MonthRows read = reader.read(indicatorId, month);
            tally = read.tally();
            if (tally.items().stream().anyMatch(i -> i.personId() == null)) {
                throw new InvalidInputException("by", "'" + indicatorId + "' counts caseholders, not children: its "
                        + "rows cannot be listed by the child's " + by.getLabel().toLowerCase(java.util.Locale.ROOT));
            }
            items = Slicer.rowsOf(tally.items(), month, by, read.facts(), slice);
            sliceName = by.getLabel() + ": " + slice;
        }
        Set<Long> everyone = new TreeSet<>();
        items.stream().map(Item::personId).filter(Objects::nonNull).forEach(everyone::add);
        Set<Long> reachable = new TreeSet<>(everyone.stream().filter(records::mayReach).toList());
        Map<Long, ChildCaseholderRow> children = new HashMap<>();
        List<Long> ids = new ArrayList<>(everyone);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
            caseData.read(queries -> queries.childrenWithCaseholders(batch, month.atEndOfMonth()))
                    .forEach(row -> children.put(row.personId(), row));
        }
        List<CountedRow> rows = CountedRows.of(items, children, reachable::contains, tally.ofEvents());
        String listedUnder = indicatorId + " for " + month + (sliceName == null ? "" : " (" + sliceName + ")");
        for (Long child : everyone) {
            audit.success(ACTION, AccessGuard.PERSON, Long.toString(child), "Listed under indicator " + listedUnder
                    + (reachable.contains(child) ? "" : " (name, date of birth, team and worker;"
                    + " the record itself not reachable by the user)"));
        }
        int unreachable = everyone.size() - reachable.size();
        audit.success(ACTION, "performance-indicator", indicatorId + ":" + month, (sliceName == null ? ""
                        : sliceName + ": ") + rows.size() + " row(s) listed for " + everyone.size() + " child(ren), " + unreachable
                        + " of them outside the user's reach (listed without a link to the record)");
        long numerator = by == null ? tally.numerator() : items.stream().mapToLong(Item::numerator).sum();
        Long denominator = tally.denominator() == null || by == null ? tally.denominator()
                : Long.valueOf(items.stream().filter(Item::inDenominator).count());
        return new Result(numerator, denominator, tally.ofEvents(), rows, everyone.size(), unreachable, sliceName,
                tally.numerator(), tally.denominator());
    }
}
