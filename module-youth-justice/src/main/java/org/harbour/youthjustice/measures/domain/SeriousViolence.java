package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Proven offences of serious violence (a drug, robbery or violence-against-the-person offence of
 * gravity 5 or more): each offence once, in the month of its first caution or conviction not
 * quashed. An offence diverted, charged but not yet sentenced, or whose only conviction was
 * quashed is not proven. The scorecard gives the rate per 10,000 aged 10-17.
 */
public final class SeriousViolence {

    private SeriousViolence() {
    }

    public static Map<YearMonth, IndicatorCount> count(Collection<OutcomeFact> outcomes, Set<Long> seriousViolenceOffences,
                                                       YearMonth from, YearMonth to) {
        Map<Long, OutcomeFact> firstProof = new HashMap<>();
        outcomes.stream()
                .filter(o -> o.offenceId() != null && o.proven() && seriousViolenceOffences.contains(o.offenceId()))
                .sorted(Comparator.comparing(OutcomeFact::outcomeOn))
                .forEach(o -> firstProof.putIfAbsent(o.offenceId(), o));
        MonthlyCounts months = new MonthlyCounts(from, to);
        firstProof.values().forEach(o -> months.count(o.outcomeOn(), o.personId()));
        return months.build();
    }

}
