package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.youthjustice.plan.domain.StatusFacts;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A YJB KPI read from the statuses taken at the end of orders and interventions: of the ends in
 * the month that the KPI is about ({@code about}: all of them, or those with a need identified),
 * the share where the thing counted holds. The KPIs are of children: a child with two orders or
 * interventions ending in the month counts once, as their last end in the month found them.
 */
public record StatusShare(Predicate<StatusFacts> about, Predicate<StatusFacts> counted) {

    public static final StatusShare ETE = new StatusShare(f -> true, f -> !f.neet());
    public static final StatusShare ACCOMMODATION = new StatusShare(f -> true, StatusFacts::accommodationSuitable);
    public static final StatusShare SEND_PLAN = new StatusShare(StatusFacts::sendNeed, StatusFacts::sendPlan);
    public static final StatusShare MENTAL_HEALTH_OFFERED = new StatusShare(StatusFacts::mentalHealthNeed, StatusFacts::mentalHealthOffered);
    public static final StatusShare MENTAL_HEALTH_ATTENDING = new StatusShare(StatusFacts::mentalHealthNeed, StatusFacts::mentalHealthAttending);
    public static final StatusShare SUBSTANCE_MISUSE_OFFERED = new StatusShare(StatusFacts::substanceMisuseNeed,
            StatusFacts::substanceMisuseOffered);
    public static final StatusShare SUBSTANCE_MISUSE_ATTENDING = new StatusShare(StatusFacts::substanceMisuseNeed,
            StatusFacts::substanceMisuseAttending);

    /** Every month of the range, with a denominator (0 of 0 when nothing ended). */
    public Map<YearMonth, IndicatorCount> count(Collection<StatusAtEnd> ends, YearMonth from, YearMonth to) {
        return MonthlyShares.lastOfEachChild(ends, StatusAtEnd::personId, StatusAtEnd::takenOn, e -> about.test(e.facts()),
                e -> counted.test(e.facts()), from, to);
    }
}
