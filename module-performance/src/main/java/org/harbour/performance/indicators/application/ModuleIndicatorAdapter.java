package org.harbour.performance.indicators.application;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.indicators.domain.OutcomeGroup;
import org.harbour.performance.indicators.domain.Polarity;
import org.harbour.performance.indicators.domain.Source;
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.indicators.domain.Unit;
import org.harbour.performance.indicators.domain.Window;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module's indicator as the catalogue's own: its spec becomes a definition (id namespaced by the
 * module, source {@link Source#MODULE}) and its monthly counts become tallies, so snapshots,
 * ratings, exports and drill-down handle it exactly like a computed indicator.
 */
public final class ModuleIndicatorAdapter implements CountedIndicator {

    /** The tolerance computed indicators are rated with. */
    static final double TOLERANCE_PERCENT = 10;

    private final ModuleIndicator contribution;
    private final IndicatorDefinition definition;

    public ModuleIndicatorAdapter(ModuleIndicator contribution) {
        this.contribution = contribution;
        this.definition = definitionOf(contribution.spec());
    }

    static IndicatorDefinition definitionOf(IndicatorSpec spec) {
        StringBuilder text = new StringBuilder(spec.definition().strip());
        if (spec.expectedTimescale() != null && !spec.expectedTimescale().isBlank()) {
            text.append(" Expected timescale: ").append(spec.expectedTimescale().strip()).append('.');
        }
        text.append(" Source: ").append(spec.source().strip()).append('.');
        return new IndicatorDefinition(spec.id(), spec.title(), OutcomeGroup.parse(spec.outcomeGroup()),
                text.toString(), unitOf(spec), Polarity.valueOf(spec.polarity().name()), spec.target(),
                TOLERANCE_PERCENT, Source.MODULE, spec.moduleId());
    }

    private static Unit unitOf(IndicatorSpec spec) {
        return switch (spec.unit()) {
            case COUNT -> Unit.COUNT;
            case PERCENT -> Unit.PERCENT;
            case RATE_PER_10000_CHILDREN -> Unit.RATE_PER_10000_CHILDREN;
            case RATE_PER_100000_AGED_10_TO_17 -> Unit.RATE_PER_100000_AGED_10_TO_17;
            case AVERAGE -> Unit.AVERAGE;
            case DAYS -> Unit.DAYS;
            case RATE_PER_1000_AGED_10_TO_17 -> Unit.RATE_PER_1000_AGED_10_TO_17;
            case RATE_PER_10000_AGED_10_TO_17 -> Unit.RATE_PER_10000_AGED_10_TO_17;
            case RATE_PER_10000_AGED_0_TO_25 -> Unit.RATE_PER_10000_AGED_0_TO_25;
        };
    }

    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /** The module reads its own records: core's case data is not needed. */
    @Override
    public Map<YearMonth, Tally> compute(CaseDataQueries queries, Window window) {
        return tallies(window);
    }

    /** Every month of the window; a month the module left out counts nothing. */
    public Map<YearMonth, Tally> tallies(Window window) {
        Map<YearMonth, IndicatorCount> counts = contribution.count(window.first(), window.last());
        Map<YearMonth, Tally> tallies = new LinkedHashMap<>();
        for (YearMonth month : window.months()) {
            IndicatorCount count = counts == null ? null : counts.get(month);
            tallies.put(month, count == null ? empty() : Tally.of(count.numerator(), count.denominator(),
                    count.numeratorPeople(), count.denominatorPeople()));
        }
        return tallies;
    }

    private Tally empty() {
        Tally tally = new Tally();
        return definition.getUnit().needsDenominator() ? tally.expectingDenominator() : tally;
    }
}
