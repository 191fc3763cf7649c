package org.harbour.core.spi.indicator;

import java.time.YearMonth;
import java.util.Map;

/**
 * An indicator a module counts from its own records, month by month, for the performance
 * scorecard. Produce it as an {@code @ApplicationScoped} bean; the performance module finds every
 * one with {@code Instance<ModuleIndicator>} and treats it like its own computed indicators
 * (target, rating, direction, comparators, frozen month-end snapshots, recalculation, exports and
 * drill-down). When the module is not deployed, its indicators are simply not on the scorecard.
 *
 * <p>{@link #count} is called without the user's permissions on the contributing module (by the
 * month-end job, as the system, and for analysts who may not use the module): it returns figures
 * and person ids only, never names. Whoever lists the children behind a figure checks its own
 * permission and the user's reach to each child, and audits what it shows.
 */
public interface ModuleIndicator {

    /** What the indicator measures; {@link IndicatorSpec#id()} names it for good. */
    IndicatorSpec spec();

    /**
     * Every month from {@code from} to {@code to} (both included) counted as today's records give
     * it, read for the whole range in a few queries (never one per month or per child). A month
     * left out of the map counts nothing.
     */
    Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to);
}
