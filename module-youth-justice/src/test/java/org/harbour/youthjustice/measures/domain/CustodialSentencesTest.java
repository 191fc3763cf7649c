package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.youthjustice.measures.domain.Ladder.dto;
import static org.harbour.youthjustice.measures.domain.Ladder.referralOrder;

class CustodialSentencesTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Test
    void twoSentencesOfOneTypeOnOneDayCountOnceAndAQuashedOneNotAtAll() {
        LocalDate day = LocalDate.of(2025, 3, 12);
        Map<YearMonth, IndicatorCount> counts = CustodialSentences.count(List.of(
                dto(1, day, false), dto(1, day, false),
                dto(2, LocalDate.of(2025, 3, 20), true),
                dto(3, LocalDate.of(2025, 3, 25), false),
                referralOrder(4, day, day.minusMonths(1))), MARCH, MARCH);

        assertThat(counts.get(MARCH).numerator()).isEqualTo(2);
        assertThat(counts.get(MARCH).numeratorPeople()).containsExactly(1L, 3L);
    }

    @Test
    void aSecondDayIsASecondSentence() {
        Map<YearMonth, IndicatorCount> counts = CustodialSentences.count(List.of(
                dto(1, LocalDate.of(2025, 3, 12), false), dto(1, LocalDate.of(2025, 3, 13), false)), MARCH, MARCH);
        assertThat(counts.get(MARCH).numerator()).isEqualTo(2);
        assertThat(counts.get(MARCH).numeratorPeople()).containsExactly(1L);
    }
}
