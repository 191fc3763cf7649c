package org.harbour.performance.indicators.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Units turn numerators, denominators and populations into values, worked by hand. */
class UnitTest {

    @Test
    void unitsDivideByWhatTheyShouldAndNeverInventAZero() {
        assertEquals(25.0, Unit.PERCENT.value(1, 4L, null).getAsDouble());
        assertTrue(Unit.PERCENT.value(0, 0L, null).isEmpty());
        assertEquals(0.75, Unit.RATE_PER_10000_CHILDREN.value(3, null, 40_000L).getAsDouble());
        assertTrue(Unit.RATE_PER_10000_CHILDREN.value(3, null, null).isEmpty(), "no population, no rate");
        assertEquals(12.5, Unit.RATE_PER_100000_AGED_10_TO_17.value(3, null, 24_000L).getAsDouble());
        assertEquals(11.0, Unit.AVERAGE.value(22, 2L, null).getAsDouble());
    }

    @Test
    void theYouthJusticeRatesDivideByTheTenToSeventeenPopulation() {
        assertEquals(0.125, Unit.RATE_PER_1000_AGED_10_TO_17.value(3, null, 24_000L).getAsDouble());
        assertEquals(1.25, Unit.RATE_PER_10000_AGED_10_TO_17.value(3, null, 24_000L).getAsDouble());
        assertTrue(Unit.RATE_PER_1000_AGED_10_TO_17.value(3, null, 0L).isEmpty(), "no population, no rate");
        assertTrue(Unit.RATE_PER_10000_AGED_10_TO_17.value(3, null, null).isEmpty());
        assertEquals(org.harbour.performance.populations.domain.AgeBand.YOUNG_PEOPLE_10_17, Unit.RATE_PER_1000_AGED_10_TO_17.ageBand());
        assertEquals(org.harbour.performance.populations.domain.AgeBand.YOUNG_PEOPLE_10_17, Unit.RATE_PER_10000_AGED_10_TO_17.ageBand());
    }

    @Test
    void activePlansPerTenThousandDivideByTheZeroToTwentyFivePopulationOfTheMonthsYear() {
        // 493 children and young people with a plan at the end of March 2026 and 50,300 residents aged
        // 0-25 in 2026: 493 x 10,000 / 50,300 = 98.01...; 2025's population is not used for 2026.
        var populations = java.util.Map.of(org.harbour.performance.populations.domain.AgeBand.CHILDREN_YOUNG_PEOPLE_0_25,
                java.util.Map.of(2025, 49_000L, 2026, 50_300L),
                org.harbour.performance.populations.domain.AgeBand.CHILDREN_0_17, java.util.Map.of(2026, 40_000L));
        Figure march = new FigureCalculator(java.util.List.of(), populations)
                .figure(Unit.RATE_PER_10000_AGED_0_TO_25, java.time.YearMonth.of(2026, 3), 493, null);
        assertEquals(50_300L, march.population());
        assertEquals(98.0119, march.value(), 0.0001);
        Figure noPopulation = new FigureCalculator(java.util.List.of(), populations)
                .figure(Unit.RATE_PER_10000_AGED_0_TO_25, java.time.YearMonth.of(2024, 3), 493, null);
        assertTrue(noPopulation.value() == null, "no 0-25 population for the year, no rate");
        assertEquals(10_000, Unit.RATE_PER_10000_AGED_0_TO_25.per());
    }
}
