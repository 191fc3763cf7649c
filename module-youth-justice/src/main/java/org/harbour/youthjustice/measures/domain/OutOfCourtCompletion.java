package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.youthjustice.outcome.domain.Rung;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The YJB's KPI 6, out-of-court disposals: of the interventions ending in the month that carried
 * out an out-of-court disposal, the share completed. An intervention carries one when the child's
 * latest outcome on or before its start, not quashed, is on the out-of-court rung (a youth caution
 * or conditional caution, or a locally decided out-of-court outcome); an intervention after a court
 * order or with no outcome before it is not counted. Each child counts once in the month, by the
 * last such intervention to end in it.
 */
public final class OutOfCourtCompletion {

    private OutOfCourtCompletion() {
    }

    public static Map<YearMonth, IndicatorCount> count(Collection<InterventionEnd> ends, Collection<OutcomeFact> outcomes,
                                                       YearMonth from, YearMonth to) {
        Map<Long, List<OutcomeFact>> byChild = outcomes.stream().filter(o -> !o.quashed())
                .collect(Collectors.groupingBy(OutcomeFact::personId));
        return MonthlyShares.lastOfEachChild(ends, InterventionEnd::personId, InterventionEnd::endedOn,
                end -> outOfCourt(end, byChild.getOrDefault(end.personId(), List.of())), InterventionEnd::completed, from, to);
    }

    private static boolean outOfCourt(InterventionEnd end, List<OutcomeFact> outcomes) {
        Optional<OutcomeFact> latest = outcomes.stream().filter(o -> !o.outcomeOn().isAfter(end.startedOn()))
                .max(Comparator.comparing(OutcomeFact::outcomeOn).thenComparing(o -> o.rung().ordinal()));
        return latest.map(o -> o.rung() == Rung.OUT_OF_COURT).orElse(false);
    }
}
