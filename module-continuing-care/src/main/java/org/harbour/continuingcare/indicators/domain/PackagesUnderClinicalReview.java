package org.harbour.continuingcare.indicators.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packages running at the end of the month's last day whose annual cost is above the clinical
 * review threshold: the high-cost packages the module puts under clinical review. Each package
 * counts once (a child with two such packages counts twice, and is listed once).
 */
public final class PackagesUnderClinicalReview {

    private PackagesUnderClinicalReview() {
    }

    public static Map<YearMonth, IndicatorCount> count(List<CostedPackage> packages, BigDecimal annualThreshold,
                                                       YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            IndicatorCount.Counter month = IndicatorCount.counter();
            packages.stream().filter(p -> p.activeOn(end) && p.costsAbove(annualThreshold))
                    .forEach(p -> month.count(p.personId()));
            counts.put(m, month.build());
        }
        return counts;
    }
}
