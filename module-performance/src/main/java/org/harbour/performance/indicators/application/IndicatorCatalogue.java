package org.harbour.performance.indicators.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.calendar.CaseworkTimescales;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.domain.ComputedIndicator;
import org.harbour.performance.indicators.domain.ComputedIndicators;
import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.indicators.domain.OutcomeGroup;
import org.harbour.performance.indicators.domain.Polarity;
import org.harbour.performance.indicators.domain.Source;
import org.harbour.performance.indicators.domain.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every indicator the scorecard knows: computed here from core's case data, counted by deployed
 * modules through {@link ModuleIndicator}, and entered for figures partners own. Ordered by
 * outcome group.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class IndicatorCatalogue {

    private static final Logger LOG = Logger.getLogger(IndicatorCatalogue.class.getName());

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
                    Unit.PERCENT, Polarity.LOWER_IS_BETTER, 12.0, 10, Source.ENTERED, null),
            new IndicatorDefinition("agency-worker-rate", "Agency social worker rate", OutcomeGroup.WORKFORCE,
                    "Agency (locum) children and family social workers in post at month end, as full-time "
                    + "equivalents, out of all FTE social workers in post and agency, as the children's social work "
                    + "workforce census counts them at 30 September (human resources figures, entered). Source: DfE, "
                    + "Children's social work workforce.",
                    Unit.PERCENT, Polarity.LOWER_IS_BETTER, 15.0, 10, Source.ENTERED, null),
            new IndicatorDefinition("social-worker-turnover", "Social worker turnover rate", OutcomeGroup.WORKFORCE,
                    "Children and family social workers (FTE) who left the council in the twelve months to month "
                    + "end, out of the FTE social workers in post at month end, as the children's social work "
                    + "workforce census counts turnover (human resources figures, entered). Source: DfE, Children's "
                    + "social work workforce.",
                    Unit.PERCENT, Polarity.LOWER_IS_BETTER, 15.0, 10, Source.ENTERED, null));

    @Inject
    private Timescales timescales;

    @Inject
    private CaseworkTimescales activityTimescales;

    @Inject
    private Instance<ModuleIndicator> contributed;

    private List<ComputedIndicator<?>> computed;

    @PostConstruct
    void build() {
        computed = ComputedIndicators.all(timescales, activityTimescales);
    }

    /** Every indicator counted from records: this module's computed ones, then the modules' own. */
    public List<CountedIndicator> counted() {
        List<CountedIndicator> counted = new ArrayList<>(computed);
        Set<String> ids = new HashSet<>();
        computed.forEach(i -> ids.add(i.id()));
        for (ModuleIndicator contribution : contributed) {
            ModuleIndicatorAdapter adapted;
            try {
                adapted = new ModuleIndicatorAdapter(contribution);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A module indicator with an unusable spec is left off the scorecard: "
                        + contribution.getClass().getName(), e);
                continue;
            }
            if (ids.add(adapted.id())) {
                counted.add(adapted);
            } else {
                LOG.warning(() -> "Indicator id " + adapted.id() + " is taken; " + contribution.getClass().getName()
                        + " is left off the scorecard");
            }
        }
        return counted;
    }

    public Optional<CountedIndicator> counted(String id) {
        return counted().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<IndicatorDefinition> all() {
        List<IndicatorDefinition> all = new ArrayList<>();
        counted().forEach(i -> all.add(i.definition()));
        all.addAll(ENTERED);
        all.sort(Comparator.comparing(IndicatorDefinition::getGroup));
        return all;
    }

    public Optional<IndicatorDefinition> find(String id) {
        return all().stream().filter(d -> d.getId().equals(id)).findFirst();
    }
}
