/**
 * Module indicators: how a module counts its own indicators for the performance scorecard.
 *
 * <p>A module produces one {@link org.harbour.core.spi.indicator.ModuleIndicator} bean
 * ({@code @ApplicationScoped}) per indicator. Its {@link org.harbour.core.spi.indicator.IndicatorSpec}
 * names it ({@code <module-id>.<key>}) and says what it measures, in which unit, which way is
 * better and against what target; its
 * {@link org.harbour.core.spi.indicator.ModuleIndicator#count(java.time.YearMonth, java.time.YearMonth) count}
 * reads the module's records for a whole range of months at once and returns, for each month, an
 * {@link org.harbour.core.spi.indicator.IndicatorCount}: numerator, denominator where the unit has
 * one, and the person ids behind each.
 *
 * <p>The performance module, when deployed, adapts each one into its indicator catalogue, so a
 * module's indicator gets what performance's own computed indicators get: rating against target,
 * direction of travel, comparators and the previous year, a frozen figure at each month end that
 * changes only by a recorded recalculation, the Excel and PDF exports, and drill-down to the
 * children behind a figure (only those the user may reach, each one audited). Nothing in the
 * contributing module depends on the performance module, and either may be deployed without the
 * other.
 *
 * <p>Rules for an implementation: count as today's records give the month (a month end is the end
 * of its last day); return ids, never names; do not check the user's permissions on the
 * contributing module (the month-end job counts as the system, and analysts may not use the
 * module); keep the count a pure function of the records and the module's settings, so that a
 * recalculation repeats it; read within the caller's transaction, if it has one (do not suspend it: the
 * caller may hold uncommitted rows, such as demo data being loaded, that a read on another
 * connection would wait for). A count that fails is logged and that indicator left out of the
 * computation; the month-end job fills a frozen month's missing figures on its next run.
 */
package org.harbour.core.spi.indicator;
