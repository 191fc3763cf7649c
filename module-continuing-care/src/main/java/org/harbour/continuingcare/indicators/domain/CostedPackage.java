package org.harbour.continuingcare.indicators.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A package of care as the clinical review indicator reads it: status name, dates and weekly cost.
 * The status is its name so that the indicator does not depend on the packages feature's classes.
 */
public record CostedPackage(long packageId, long personId, String status, LocalDate startDate, LocalDate endDate,
                            BigDecimal weeklyCost) {

    /** Annual cost is the weekly cost over a 52-week year, as the module quotes it. */
    static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

    /** Running on the day, as the module defines it: agreed, started, not ended before the day. */
    public boolean activeOn(LocalDate day) {
        return "AGREED".equals(status) && !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    /** The module requires a clinical review when the annual cost is above the threshold. */
    public boolean costsAbove(BigDecimal annualThreshold) {
        return weeklyCost != null && weeklyCost.multiply(WEEKS_A_YEAR).compareTo(annualThreshold) > 0;
    }
}
