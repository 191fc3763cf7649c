package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RemandStartsTest {

    @Test
    void remandsAreCountedByKindInTheMonthTheyBegin() {
        List<RemandFact> remands = List.of(
                new RemandFact(1, "LOCAL_AUTHORITY", LocalDate.of(2025, 2, 28)),
                new RemandFact(2, "YOUTH_DETENTION", LocalDate.of(2025, 2, 3)),
                new RemandFact(3, "LOCAL_AUTHORITY", LocalDate.of(2025, 3, 1)));
        YearMonth feb = YearMonth.of(2025, 2);
        Map<YearMonth, IndicatorCount> local = RemandStarts.count(remands, "LOCAL_AUTHORITY", feb, YearMonth.of(2025, 3));
        Map<YearMonth, IndicatorCount> detention = RemandStarts.count(remands, "YOUTH_DETENTION", feb, feb);

        assertThat(local.get(feb).numeratorPeople()).containsExactly(1L);
        assertThat(local.get(YearMonth.of(2025, 3)).numeratorPeople()).containsExactly(3L);
        assertThat(detention.get(feb).numeratorPeople()).containsExactly(2L);
    }
}
