package org.harbour.performance.scorecard.web;

import org.harbour.performance.snapshots.domain.Recalculation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecalculationOutcomeTest {

    private static Recalculation month(String month, int changed) {
        return new Recalculation(YearMonth.parse(month).atDay(1), "olivia.brown", Instant.EPOCH, "Late care entry",
                changed);
    }

    @Test
    void aRangeSaysWhichMonthsChangedAndByHowMany() {
        String outcome = RecalculationOutcome.of(YearMonth.of(2026, 5), YearMonth.of(2026, 7),
                List.of(month("2026-05", 0), month("2026-06", 3), month("2026-07", 2)));
        assertEquals("Recalculated 2026-05 to 2026-07 (3 months): 5 figure(s) changed. By month: Jun 2026: 3; "
                + "Jul 2026: 2.", outcome);
    }

    @Test
    void aRangeWithNothingChangedSaysSoAndOneMonthNeedsNoBreakdown() {
        assertEquals("Recalculated 2026-08 to 2026-09 (2 months): 0 figure(s) changed. No month's figures changed.",
                RecalculationOutcome.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9),
                        List.of(month("2026-08", 0), month("2026-09", 0))));
        assertEquals("Recalculated 2026-10: 4 figure(s) changed.",
                RecalculationOutcome.of(YearMonth.of(2026, 10), YearMonth.of(2026, 10), List.of(month("2026-10", 4))));
    }
}
