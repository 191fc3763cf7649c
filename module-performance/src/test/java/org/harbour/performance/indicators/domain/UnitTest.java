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
}
