package org.harbour.performance.indicators.application;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorPolarity;
import org.harbour.core.spi.indicator.IndicatorSpec;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.performance.indicators.domain.IndicatorDefinition;
import org.harbour.performance.indicators.domain.OutcomeGroup;
import org.harbour.performance.indicators.domain.Polarity;
import org.harbour.performance.indicators.domain.Source;
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.indicators.domain.Unit;
import org.harbour.performance.indicators.domain.Window;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module's indicator becomes a catalogue entry and monthly tallies like a computed indicator's. */
class ModuleIndicatorAdapterTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    /** A module's indicator answering from fixed counts, remembering what it was asked. */
    private static final class Fixed implements ModuleIndicator {
        private final IndicatorSpec spec;
        private final Map<YearMonth, IndicatorCount> counts;
        private final List<String> asked = new ArrayList<>();

        Fixed(IndicatorSpec spec, Map<YearMonth, IndicatorCount> counts) {
            this.spec = spec;
            this.counts = counts;
        }

        @Override
        public IndicatorSpec spec() {
            return spec;
        }

        @Override
        public Map<YearMonth, IndicatorCount> count(YearMonth from, YearMonth to) {
            asked.add(from + ".." + to);
            return counts;
        }
    }

    private static IndicatorSpec.Builder percent() {
        return IndicatorSpec.of("continuing-care", "referrals-decided-in-time").title("Decided in time")
                .outcomeGroup("PRACTICE").unit(IndicatorUnit.PERCENT).polarity(IndicatorPolarity.HIGHER_IS_BETTER)
                .target(80.0).definition("Referrals decided within the expected weeks, out of all decided.")
                .source("continuing care referrals").expectedTimescale("6 weeks");
    }

    private static IndicatorSpec.Builder count(String moduleId, String key) {
        return IndicatorSpec.of(moduleId, key).title("Packages under clinical review")
                .outcomeGroup("Permanence and placement stability").unit(IndicatorUnit.COUNT)
                .polarity(IndicatorPolarity.NEITHER).definition("Packages at month end above the threshold.")
                .source("continuing care packages");
    }

    @Test
    void everyUnitAModuleMayChooseIsTheScorecardsUnitOfTheSameName() {
        for (IndicatorUnit unit : IndicatorUnit.values()) {
            IndicatorSpec spec = count("youth-justice", "unit-" + unit.ordinal()).unit(unit).build();
            assertEquals(unit.name(), ModuleIndicatorAdapter.definitionOf(spec).getUnit().name());
        }
    }

    @Test
    void theSpecBecomesADefinitionNamespacedByTheModule() {
        IndicatorDefinition d = new ModuleIndicatorAdapter(new Fixed(percent().build(), Map.of())).definition();
        assertEquals("continuing-care.referrals-decided-in-time", d.getId());
        assertEquals(OutcomeGroup.PRACTICE, d.getGroup());
        assertEquals(Unit.PERCENT, d.getUnit());
        assertEquals(Polarity.HIGHER_IS_BETTER, d.getPolarity());
        assertEquals(80.0, d.getTarget());
        assertEquals(10, d.getTolerancePercent());
        assertEquals(Source.MODULE, d.getSource());
        assertEquals("continuing-care", d.getModuleId());
        assertTrue(d.isComputed(), "counted from records, so it can be drilled into and is not entered");
        assertEquals("Referrals decided within the expected weeks, out of all decided. Expected timescale: 6 weeks. "
                + "Source: continuing care referrals.", d.getDefinition());
    }

    @Test
    void countsBecomeTalliesWithTheirChildrenAndAMissingMonthCountsNothing() {
        IndicatorCount oct = IndicatorCount.counter().outOf(1).count(1).outOf(2).outOf(2).count(2).build();
        Fixed module = new Fixed(percent().build(), Map.of(OCT, oct));
        Map<YearMonth, Tally> tallies = new ModuleIndicatorAdapter(module).compute(null, new Window(SEP, NOV));
        assertEquals(List.of("2026-09..2026-11"), module.asked, "one call for the whole window");
        assertEquals(List.of(SEP, OCT, NOV), List.copyOf(tallies.keySet()));
        Tally october = tallies.get(OCT);
        assertEquals(2, october.numerator());
        assertEquals(3L, october.denominator());
        assertEquals(Set.of(1L, 2L), october.numeratorChildren());
        assertEquals(Set.of(1L, 2L), october.denominatorChildren());
        // A percentage with nothing counted still divides by zero (no value), never a made-up 0%.
        assertEquals(0, tallies.get(SEP).numerator());
        assertEquals(0L, tallies.get(SEP).denominator());
    }

    @Test
    void aCountWithoutDenominatorStaysWithoutOne() {
        ModuleIndicatorAdapter adapter = new ModuleIndicatorAdapter(new Fixed(
                count("continuing-care", "packages-under-clinical-review").build(),
                Map.of(OCT, IndicatorCount.counter().count(7).count(7).build())));
        assertEquals(OutcomeGroup.PERMANENCE, adapter.definition().getGroup(), "a group may be named by its title");
        assertNull(adapter.definition().getTarget());
        Tally october = adapter.tallies(Window.single(OCT)).get(OCT);
        assertEquals(2, october.numerator(), "two packages of one child count two");
        assertEquals(Set.of(7L), october.numeratorChildren());
        assertNull(october.denominator());
        assertNull(adapter.tallies(Window.single(SEP)).get(SEP).denominator());
    }

    @Test
    void aSpecThatCouldClashOrOverflowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> count("Continuing Care", "x").build());
        assertThrows(IllegalArgumentException.class, () -> count("continuing-care", "two--hyphens").build());
        assertThrows(IllegalArgumentException.class,
                () -> count("continuing-care", "a-key-long-enough-to-overflow-the-stored-indicator-id").build());
        assertThrows(IllegalArgumentException.class, () -> percent().title(" ").build());
    }
}
