package org.harbour.performance.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RAG ratings, direction of travel, units and the demand forecast, worked by hand. */
class RatingAndForecastTest {

    @Test
    void ragAgainstTargetWithATenPercentTolerance() {
        // Lower is better, target 20: 20 green, 22 amber (within 2), 22.1 red.
        assertEquals(Rag.GREEN, Rag.rate(20.0, 20.0, 10, Polarity.LOWER_IS_BETTER));
        assertEquals(Rag.AMBER, Rag.rate(22.0, 20.0, 10, Polarity.LOWER_IS_BETTER));
        assertEquals(Rag.RED, Rag.rate(22.1, 20.0, 10, Polarity.LOWER_IS_BETTER));
        // Higher is better, target 90: 81 amber, 80.9 red.
        assertEquals(Rag.AMBER, Rag.rate(81.0, 90.0, 10, Polarity.HIGHER_IS_BETTER));
        assertEquals(Rag.RED, Rag.rate(80.9, 90.0, 10, Polarity.HIGHER_IS_BETTER));
        assertEquals(Rag.NONE, Rag.rate(5.0, null, 10, Polarity.LOWER_IS_BETTER));
        assertEquals(Rag.NONE, Rag.rate(5.0, 3.0, 10, Polarity.NEITHER));
    }

    @Test
    void directionOfTravelReadsThePolarity() {
        assertEquals(Direction.IMPROVING, Direction.of(30.0, 25.0, Polarity.LOWER_IS_BETTER));
        assertEquals(Direction.WORSENING, Direction.of(30.0, 25.0, Polarity.HIGHER_IS_BETTER));
        assertEquals(Direction.UP, Direction.of(30.0, 31.0, Polarity.NEITHER));
        assertEquals(Direction.SAME, Direction.of(30.01, 30.04, Polarity.NEITHER));
        assertEquals(Direction.UNKNOWN, Direction.of(null, 30.0, Polarity.NEITHER));
    }

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
    void theForecastCarriesTheNumberInCareForward() {
        // 100 in care; 40 entrants growing 10% a year; 30% of those in care at the start leave each year;
        // population 20,000 growing 0%.
        // Year 1: in 40, out 30, end 110, rate 55.0. Year 2: in 44, out 33, end 121, rate 60.5.
        // Year 3: in 48.4 -> 48, out 36.3 -> 36, end 133, rate 66.5.
        List<DemandForecast.Year> years = DemandForecast.project(2027, 100, 40, 10, 30, 20_000L, 0, 3);
        assertEquals(new DemandForecast.Year(2027, 40, 30, 10, 110, 55.0), years.get(0));
        assertEquals(new DemandForecast.Year(2028, 44, 33, 11, 121, 60.5), years.get(1));
        assertEquals(new DemandForecast.Year(2029, 48, 36, 12, 133, 66.5), years.get(2));
    }
}
