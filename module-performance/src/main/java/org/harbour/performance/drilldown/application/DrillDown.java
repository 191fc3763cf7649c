package org.harbour.performance.drilldown.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.ChildRow;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.Item;
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.indicators.domain.Window;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * From a computed figure to the rows it counts, as today's records give them: the children, or
 * for a measure of events each event (each visit with its due date and whether it was on time),
 * so the rows add up to the numerator and the denominator. Needs
 * {@code performance:drill-down}; lists only the children the user may reach (need to know) and
 * says how many others there are; every listed child's record gets an audit line, and so does
 * the list itself.
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
     * A row behind a figure: a child (measures of children), one event of a child such as a visit
     * with its due date and whether it was on time (measures of events), or a caseholder (measures
     * of workers). {@code numerator} is what the row adds to the numerator; {@code inDenominator}
     * whether it is one of the denominator. Listed rows and withheld rows add up to the figure.
     */
    public record Row(Long personId, String name, LocalDate dateOfBirth, String what, LocalDate date, LocalDate due,
                      String outcome, long numerator, boolean inDenominator) implements Serializable {
        public Long getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        public LocalDate getDateOfBirth() {
            return dateOfBirth;
        }

        public String getWhat() {
            return what;
        }

        public LocalDate getDate() {
            return date;
        }

        public LocalDate getDue() {
            return due;
        }

        public String getOutcome() {
            return outcome;
        }

        public long getNumerator() {
            return numerator;
        }

        public boolean isInDenominator() {
            return inDenominator;
        }

        public boolean isCounted() {
            return numerator > 0;
        }
    }

    /**
     * The rows, the figure they explain, and what the user may not see: how many children, how many
     * rows, and what those rows add to the numerator and the denominator.
     */
    public record Result(long numerator, Long denominator, boolean ofEvents, List<Row> rows, int withheld,
                         int withheldRows, long withheldNumerator, long withheldDenominator) implements Serializable {
        public long getNumerator() {
            return numerator;
        }

        public Long getDenominator() {
            return denominator;
        }

        public boolean isOfEvents() {
            return ofEvents;
        }

        public List<Row> getRows() {
            return rows;
        }

        public int getWithheld() {
            return withheld;
        }

        public int getWithheldRows() {
            return withheldRows;
        }

        public long getWithheldNumerator() {
            return withheldNumerator;
        }

        public long getWithheldDenominator() {
            return withheldDenominator;
        }

        /** The listed rows' share of the numerator. */
        public long getListedNumerator() {
            return rows.stream().mapToLong(Row::numerator).sum();
        }

        /** The listed rows in the denominator. */
        public long getListedDenominator() {
            return rows.stream().filter(Row::inDenominator).count();
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
        Set<Long> visible = new TreeSet<>(everyone.stream().filter(records::mayReach).toList());
        Map<Long, ChildRow> children = new HashMap<>();
        List<Long> ids = new ArrayList<>(visible);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
            caseData.read(queries -> queries.children(batch)).forEach(row -> children.put(row.personId(), row));
        }
        List<Row> rows = new ArrayList<>();
        int withheldRows = 0;
        long withheldNumerator = 0;
        long withheldDenominator = 0;
        for (Item item : items) {
            if (item.personId() != null && !visible.contains(item.personId())) {
                withheldRows++;
                withheldNumerator += item.numerator();
                withheldDenominator += item.inDenominator() ? 1 : 0;
                continue;
            }
            ChildRow child = item.personId() == null ? null : children.get(item.personId());
            rows.add(new Row(item.personId(), child == null ? null : child.givenName() + " " + child.familyName(),
                    child == null ? null : child.dateOfBirth(), item.what(), item.date(), item.due(), item.outcome(),
                    item.numerator(), item.inDenominator()));
        }
        Comparator<Row> byName = Comparator.comparing(Row::name, Comparator.nullsLast(Comparator.naturalOrder()));
        rows.sort(tally.ofEvents()
                ? byName.thenComparing(Row::date, Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparing(Row::isCounted).reversed().thenComparing(byName));
        int withheld = everyone.size() - visible.size();
        for (Long child : visible) {
            audit.success(ACTION, AccessGuard.PERSON, Long.toString(child),
                    "Listed under indicator " + indicatorId + " for " + month);
        }
        audit.success(ACTION, "performance-indicator", indicatorId + ":" + month,
                rows.size() + " row(s) listed for " + visible.size() + " child(ren), " + withheld
                        + " child(ren) withheld (not known to the user's service areas)");
        return new Result(tally.numerator(), tally.denominator(), tally.ofEvents(), rows, withheld, withheldRows,
                withheldNumerator, withheldDenominator);
    }
}
