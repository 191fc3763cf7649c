package org.harbour.performance.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.calendar.CaseworkTimescales;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.module.KpiDefinition;
import org.harbour.performance.domain.IndicatorDefinition;
import org.harbour.performance.domain.OutcomeGroup;
import org.harbour.performance.domain.Polarity;
import org.harbour.performance.domain.Source;
import org.harbour.performance.domain.Unit;
import org.harbour.performance.domain.indicators.ComputedIndicator;
import org.harbour.performance.domain.indicators.ComputedIndicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every indicator the scorecard knows: computed from case data, contributed by modules through
 * {@link KpiDefinition}, and entered for figures partners own. Ordered by outcome group.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class IndicatorCatalogue {

    /** Partner-owned figures, entered or imported monthly. */
    static final List<IndicatorDefinition> ENTERED = List.of(
            new IndicatorDefinition("yj-first-time-entrants", "First-time entrants to the youth justice system",
                    OutcomeGroup.LOCALITIES, "Young people aged 10-17 receiving their first youth caution or "
                    + "conviction in the month, per 100,000 aged 10-17 (police national computer figures, entered).",
                    Unit.RATE_PER_100000_AGED_10_TO_17, Polarity.LOWER_IS_BETTER, 15.0, 10, Source.ENTERED, null),
            new IndicatorDefinition("health-assessments-initial", "Initial health assessments within 20 working days",
                    OutcomeGroup.PRACTICE, "Children entering care whose initial health assessment was within 20 "
                    + "working days, out of all due in the month (health provider figures, entered).",
                    Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 90.0, 10, Source.ENTERED, null),
            new IndicatorDefinition("social-worker-vacancies", "Social worker vacancy rate", OutcomeGroup.WORKFORCE,
                    "Vacant social worker posts out of all funded posts at month end (human resources figures, entered).",
                    Unit.PERCENT, Polarity.LOWER_IS_BETTER, 12.0, 10, Source.ENTERED, null));

    @Inject
    private Timescales timescales;

    @Inject
    private CaseworkTimescales activityTimescales;

    @Inject
    private Instance<KpiDefinition> contributed;

    private List<ComputedIndicator<?>> computed;

    @PostConstruct
    void build() {
        computed = ComputedIndicators.all(timescales, activityTimescales);
    }

    public List<ComputedIndicator<?>> computed() {
        return computed;
    }

    public Optional<ComputedIndicator<?>> computed(String id) {
        return computed.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<IndicatorDefinition> all() {
        List<IndicatorDefinition> all = new ArrayList<>();
        computed.forEach(i -> all.add(i.definition()));
        for (KpiDefinition kpi : contributed) {
            all.add(fromModule(kpi));
        }
        all.addAll(ENTERED);
        all.sort(Comparator.comparing(IndicatorDefinition::getGroup));
        return all;
    }

    public Optional<IndicatorDefinition> find(String id) {
        return all().stream().filter(d -> d.getId().equals(id)).findFirst();
    }

    static IndicatorDefinition fromModule(KpiDefinition kpi) {
        Unit unit = switch (kpi.getUnit()) {
            case COUNT -> Unit.COUNT;
            case PERCENT -> Unit.PERCENT;
            case RATE_PER_10000_CHILDREN -> Unit.RATE_PER_10000_CHILDREN;
            case RATE_PER_100000_AGED_10_TO_17 -> Unit.RATE_PER_100000_AGED_10_TO_17;
            case DAYS -> Unit.DAYS;
        };
        Polarity polarity = Polarity.valueOf(kpi.getPolarity().name());
        return new IndicatorDefinition(kpi.getId(), kpi.getTitle(), OutcomeGroup.parse(kpi.getOutcomeGroup()),
                kpi.getDefinition(), unit, polarity, null, 10, Source.MODULE, kpi.getModuleId());
    }
}
