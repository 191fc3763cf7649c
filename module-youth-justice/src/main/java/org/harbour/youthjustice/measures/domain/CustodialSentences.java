package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Custodial sentences in the month: sentences of the same type to the same child on the same day
 * count once, and a sentence quashed on appeal is not counted.
 */
public final class CustodialSentences {

    private CustodialSentences() {
    }

    private record SameSentence(long personId, String code, LocalDate on) {
    }

    public static Map<YearMonth, IndicatorCount> count(Collection<OutcomeFact> outcomes, YearMonth from, YearMonth to) {
        MonthlyCounts months = new MonthlyCounts(from, to);
        Set<SameSentence> counted = new HashSet<>();
        for (OutcomeFact o : outcomes) {
            if (o.custodial() && !o.quashed() && counted.add(new SameSentence(o.personId(), o.code(), o.outcomeOn()))) {
                months.count(o.outcomeOn(), o.personId());
            }
        }
        return months.build();
    }
}
