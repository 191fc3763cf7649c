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
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.indicators.domain.Window;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * From a computed figure to the children it counts, as today's records give them. Needs
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

    /** A child behind a figure: counted in the numerator, or only in the denominator. */
    public record Child(long personId, String name, java.time.LocalDate dateOfBirth, boolean counted)
            implements Serializable {
        public long getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        public java.time.LocalDate getDateOfBirth() {
            return dateOfBirth;
        }

        public boolean isCounted() {
            return counted;
        }
    }

    /** The list, the figure it explains, and how many children the user may not see. */
    public record Result(long numerator, Long denominator, List<Child> children, int withheld) implements Serializable {
        public long getNumerator() {
            return numerator;
        }

        public Long getDenominator() {
            return denominator;
        }

        public List<Child> getChildren() {
            return children;
        }

        public int getWithheld() {
            return withheld;
        }
    }

    @Transactional(dontRollbackOn = {ActionRefusedException.class, InvalidInputException.class})
    public Result children(String indicatorId, YearMonth month) {
        access.require(PerformanceAccess.DRILL_DOWN, ACTION);
        CountedIndicator indicator = catalogue.counted(indicatorId).orElseThrow(() -> new InvalidInputException(
                "indicator", "'" + indicatorId + "' is entered, not counted from records, so it has no children to list"));
        Tally tally = caseData.read(queries -> indicator.compute(queries, Window.single(month)).get(month));
        Set<Long> everyone = new TreeSet<>(tally.numeratorChildren());
        everyone.addAll(tally.denominatorChildren());
        List<Long> visible = everyone.stream().filter(records::mayReach).toList();
        List<Child> children = new ArrayList<>();
        for (int from = 0; from < visible.size(); from += 1000) {
            List<Long> batch = visible.subList(from, Math.min(visible.size(), from + 1000));
            for (ChildRow row : caseData.read(queries -> queries.children(batch))) {
                children.add(new Child(row.personId(), row.givenName() + " " + row.familyName(), row.dateOfBirth(),
                        tally.numeratorChildren().contains(row.personId())));
            }
        }
        children.sort(Comparator.comparing(Child::counted).reversed().thenComparing(Child::name));
        int withheld = everyone.size() - visible.size();
        for (Child child : children) {
            audit.success(ACTION, AccessGuard.PERSON, Long.toString(child.personId()),
                    "Listed under indicator " + indicatorId + " for " + month);
        }
        audit.success(ACTION, "performance-indicator", indicatorId + ":" + month,
                children.size() + " listed, " + withheld + " withheld (not known to the user's service areas)");
        return new Result(tally.numerator(), tally.denominator(), children, withheld);
    }
}
