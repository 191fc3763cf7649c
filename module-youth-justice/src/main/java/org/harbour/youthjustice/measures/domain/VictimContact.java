package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The YJB's KPI 10, victims, and its sub-measures (definition version 1, KPIs from April 2023):
 * of the victims asked in the month whether they consent to contact, the share who consented;
 * and of those who consented, the share whose views were sought, who were kept informed of the
 * child's case, who were offered support and who were offered restorative justice. Each victim is
 * counted once, in the month consent was asked; the people behind a figure are the children whose
 * offences the victims were of (a victim is never named in a figure).
 */
public enum VictimContact {

    CONSENTED(v -> true, VictimFact::consented),
    VIEWS_SOUGHT(VictimFact::consented, VictimFact::viewsSought),
    KEPT_INFORMED(VictimFact::consented, VictimFact::keptInformed),
    SUPPORT_OFFERED(VictimFact::consented, VictimFact::supportOffered),
    RESTORATIVE_JUSTICE_OFFERED(VictimFact::consented, VictimFact::restorativeJusticeOffered);

    /** The version of the counting rules, kept on the definition the catalogue shows. */
    public static final String DEFINITION_VERSION = "YJB KPI 10 victims, version 1 (April 2023)";

    private final Predicate<VictimFact> about;
    private final Predicate<VictimFact> counted;

    VictimContact(Predicate<VictimFact> about, Predicate<VictimFact> counted) {
        this.about = about;
        this.counted = counted;
    }

    /** Every month of the range, each with a denominator (0 of 0 when no victim was asked). */
    public Map<YearMonth, IndicatorCount> count(Collection<VictimFact> victims, YearMonth from, YearMonth to) {
        Map<YearMonth, IndicatorCount.Counter> months = MonthlyShares.months(from, to);
        for (VictimFact v : victims) {
            if (v.consentAskedOn() == null || v.consent() == null) {
                continue;
            }
            IndicatorCount.Counter month = months.get(YearMonth.from(v.consentAskedOn()));
            if (month != null && about.test(v)) {
                month.outOf(v.personId());
                if (counted.test(v)) {
                    month.count(v.personId());
                }
            }
        }
        return MonthlyShares.built(months);
    }
}
