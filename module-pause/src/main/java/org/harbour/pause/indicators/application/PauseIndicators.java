package org.harbour.pause.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.pause.PauseModule;
import org.harbour.pause.cohort.application.FamilyHistories;
import org.harbour.pause.cohort.domain.ChildRemoval;
import org.harbour.pause.costs.domain.CostEstimate;
import org.harbour.pause.costs.domain.CostInputs;
import org.harbour.pause.indicators.domain.PauseMeasures;
import org.harbour.pause.indicators.domain.PauseMeasures.Dated;
import org.harbour.pause.indicators.domain.ProgrammeFacts;
import org.harbour.pause.indicators.infrastructure.MeasureFactsRepository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The module's measures for the performance scorecard: women referred, offered, engaged and
 * completing; caseload per practitioner; contraception uptake; births and removals during and
 * after the programme; estimated cost avoided. Figures and person ids only, never names.
 */
@ApplicationScoped
public class PauseIndicators {

    private static final String GROUP = "BIRTH_FAMILIES";
    private static final String SOURCE = "Pause participations (referral, forum, allocation, exit)";

    @Inject
    private MeasureFactsRepository facts;

    @Inject
    private FamilyHistories histories;

    @Produces
    ModuleIndicator referred() {
        return indicator(spec("women-referred", "Women referred to the Pause forum", IndicatorUnit.COUNT,
                IndicatorPolarity.HIGHER_IS_BETTER, "Women whose referral to the forum is dated in the month."),
                (from, to) -> PauseMeasures.referred(facts.participations(), from, to));
    }

    @Produces
    ModuleIndicator offered() {
        return indicator(spec("women-offered", "Women offered the Pause programme", IndicatorUnit.COUNT,
                IndicatorPolarity.HIGHER_IS_BETTER, "Women the forum offered the programme at a meeting in the month."),
                (from, to) -> PauseMeasures.offered(facts.participations(), from, to));
    }

    @Produces
    ModuleIndicator engaged() {
        return indicator(spec("women-engaged", "Women in the Pause programme", IndicatorUnit.COUNT,
                IndicatorPolarity.HIGHER_IS_BETTER, "Women in the engagement phase or the intervention at the end of the month."),
                (from, to) -> PauseMeasures.engaged(facts.participations(), from, to));
    }

    @Produces
    ModuleIndicator completing() {
        return indicator(spec("women-completing", "Women completing the Pause programme", IndicatorUnit.COUNT,
                IndicatorPolarity.HIGHER_IS_BETTER, "Women who exited in the month after the intervention had begun."),
                (from, to) -> PauseMeasures.completing(facts.participations(), from, to));
    }

    @Produces
    ModuleIndicator caseload() {
        return indicator(spec("caseload-per-practitioner", "Pause caseload per practitioner (cap: module setting)",
                IndicatorUnit.AVERAGE, IndicatorPolarity.LOWER_IS_BETTER,
                "Women in the programme at the end of the month, per practitioner working with any; compare with "
                        + "the caseload cap pause.caseload-cap (default 8)."),
                (from, to) -> PauseMeasures.caseloadPerPractitioner(facts.participations(), from, to));
    }

    @Produces
    ModuleIndicator contraception() {
        return indicator(spec("contraception-uptake", "Pause women who consented to contraception", IndicatorUnit.PERCENT,
                IndicatorPolarity.HIGHER_IS_BETTER, "Of the women in the programme at the end of the month, those with a "
                        + "consent to contraception recorded by then (date and consent only)."),
                (from, to) -> PauseMeasures.contraceptionUptake(facts.participations(), facts.contraceptionConsents(), from, to));
    }

    @Produces
    ModuleIndicator births() {
        return indicator(spec("births-during-after", "Births to Pause women during and after the programme", IndicatorUnit.COUNT,
                IndicatorPolarity.LOWER_IS_BETTER, "Births recorded in her outcomes in the month, from her engagement on."),
                (from, to) -> PauseMeasures.duringOrAfter(facts.participations(), facts.births(), from, to));
    }

    @Produces
    ModuleIndicator removals() {
        return indicator(spec("removals-during-after", "Children of Pause women removed during and after the programme",
                IndicatorUnit.COUNT, IndicatorPolarity.LOWER_IS_BETTER,
                "Children of women who began the programme removed (care order, placement order, adoption) in the month, "
                        + "from her engagement on, as the social-care records show."),
                (from, to) -> {
                    List<ProgrammeFacts> all = facts.participations();
                    return PauseMeasures.duringOrAfter(all, removalsOf(all), from, to);
                });
    }

    @Produces
    ModuleIndicator costAvoided() {
        return indicator(spec("cost-avoided", "Estimated cost avoided by Pause (GBP, low estimate)", IndicatorUnit.COUNT,
                IndicatorPolarity.HIGHER_IS_BETTER, "Women in the programme at the end of the month times a twelfth of the "
                        + "national evaluation's low yearly saving per woman (GBP 1.2m per 125 women a year)."),
                (from, to) -> PauseMeasures.costAvoided(facts.participations(),
                        CostEstimate.of(CostInputs.cityDefaults()).savingPerWomanLow(), from, to));
    }

    /** Every measure of the module, in the order the dashboard shows them. */
    public List<ModuleIndicator> all() {
        return List.of(referred(), offered(), engaged(), completing(), caseload(), contraception(), births(), removals(),
                costAvoided());
    }

    private List<Dated> removalsOf(List<ProgrammeFacts> all) {
        List<Dated> removals = new ArrayList<>();
        histories.of(all.stream().filter(f -> f.engagementStartedOn() != null).map(ProgrammeFacts::personId).distinct().toList())
                .forEach(h -> h.removalsBy(LocalDate.MAX).stream().map(ChildRemoval::removedOn)
                        .forEach(d -> removals.add(new Dated(h.motherId(), d))));
        return removals;
    }

    private static IndicatorSpec spec(String key, String title, IndicatorUnit unit, IndicatorPolarity polarity, String definition) {
        return IndicatorSpec.of(PauseModule.ID, key).title(title).outcomeGroup(GROUP).unit(unit).polarity(polarity)
                .definition(definition).source(SOURCE).build();
    }

    private static ModuleIndicator indicator(IndicatorSpec spec,
                                             BiFunction<YearMonth, YearMonth, Map<YearMonth, IndicatorCount>> count) {
        return new ModuleIndicator() {
            @Override
            public IndicatorSpec spec() {
                return spec;
            }

            @Override
            public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
                return count.apply(from, to);
            }
        };
    }
}
