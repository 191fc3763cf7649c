package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/** Remands that began in the month, of one kind: counted apart from custodial sentences. */
public final class RemandStarts {

    private RemandStarts() {
    }

    public static Map<YearMonth, IndicatorCount> count(Collection<RemandFact> remands, String kind, YearMonth from, YearMonth to) {
        MonthlyCounts months = new MonthlyCounts(from, to);
        remands.stream().filter(r -> r.kind().equals(kind)).forEach(r -> months.count(r.startedOn(), r.personId()));
        return months.build();
    }
}
