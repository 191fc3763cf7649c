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

    /**
     * The rows and the figure they explain; {@code children} how many children are listed and
     * {@code unreachable} how many of them the user may not open.
     */
    public record Result(long numerator, Long denominator, boolean ofEvents, List<CountedRow> rows, int children,
                         int unreachable) implements Serializable {
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
        access.require(PerformanceAccess.DRILL_DOWN, ACTION);
        CountedIndicator indicator = catalogue.counted(indicatorId).orElseThrow(() -> new InvalidInputException(
                "indicator", "'" + indicatorId + "' is entered, not counted from records, so it has no children to list"));
        Tally tally = caseData.read(queries -> indicator.compute(queries, Window.single(month)).get(month));
        List<Item> items = tally.items();
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
        for (Long child : everyone) {
            audit.success(ACTION, AccessGuard.PERSON, Long.toString(child), "Listed under indicator " + indicatorId
                    + " for " + month + (reachable.contains(child) ? "" : " (name, date of birth, team and worker;"
                    + " the record itself not reachable by the user)"));
        }
        int unreachable = everyone.size() - reachable.size();
        audit.success(ACTION, "performance-indicator", indicatorId + ":" + month,
                rows.size() + " row(s) listed for " + everyone.size() + " child(ren), " + unreachable
                        + " of them outside the user's reach (listed without a link to the record)");
        return new Result(tally.numerator(), tally.denominator(), tally.ofEvents(), rows, everyone.size(), unreachable);
    }
}
