package org.harbour.performance.scorecard.domain;

import org.harbour.performance.indicators.domain.Polarity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RAG ratings and direction of travel, worked by hand. */
class RatingTest {

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
}
