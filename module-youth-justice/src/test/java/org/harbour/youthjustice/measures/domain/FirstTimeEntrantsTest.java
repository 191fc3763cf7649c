package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.youthjustice.measures.domain.Ladder.communityResolution;
import static org.harbour.youthjustice.measures.domain.Ladder.dto;
import static org.harbour.youthjustice.measures.domain.Ladder.outcome22;
import static org.harbour.youthjustice.measures.domain.Ladder.referralOrder;
import static org.harbour.youthjustice.measures.domain.Ladder.youthCaution;

class FirstTimeEntrantsTest {

    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth JUN = YearMonth.of(2025, 6);

    @Test
    void aCommunityResolutionIsNoEntrantButALaterCautionIsDatedByItsOffence() {
        Map<YearMonth, IndicatorCount> counts = FirstTimeEntrants.count(List.of(
                communityResolution(1, LocalDate.of(2025, 1, 20)),
                youthCaution(1, LocalDate.of(2025, 4, 3), LocalDate.of(2025, 3, 28))), JAN, JUN);

        assertThat(counts.get(JAN).numerator()).isZero();
        assertThat(counts.get(YearMonth.of(2025, 3)).numerator()).as("dated by the offence, not the caution").isEqualTo(1);
        assertThat(counts.get(YearMonth.of(2025, 3)).numeratorPeople()).containsExactly(1L);
        assertThat(counts.get(YearMonth.of(2025, 4)).numerator()).isZero();
    }

    @Test
    void aChildEntersOnceAndAnEarlierEntryBeforeTheRangeKeepsThemOut() {
        Map<YearMonth, IndicatorCount> counts = FirstTimeEntrants.count(List.of(
                youthCaution(2, LocalDate.of(2024, 11, 5), LocalDate.of(2024, 11, 1)),
                referralOrder(2, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 1, 3)),
                outcome22(3, LocalDate.of(2025, 2, 1)),
                referralOrder(4, LocalDate.of(2025, 5, 14), LocalDate.of(2025, 2, 2)),
                referralOrder(4, LocalDate.of(2025, 6, 14), LocalDate.of(2025, 4, 2))), JAN, JUN);

        long total = counts.values().stream().mapToLong(IndicatorCount::numerator).sum();
        assertThat(total).as("child 2 entered in 2024; Outcome 22 makes no entrant; child 4 once").isEqualTo(1);
        assertThat(counts.get(YearMonth.of(2025, 5)).numeratorPeople()).isEqualTo(Set.of(4L));
    }

    @Test
    void aQuashedConvictionIsAsIfNeverGivenSoTheNextProvenOutcomeIsTheEntry() {
        Map<YearMonth, IndicatorCount> counts = FirstTimeEntrants.count(List.of(
                dto(5, LocalDate.of(2025, 1, 15), true),
                youthCaution(5, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 5, 30))), JAN, JUN);

        assertThat(counts.get(JAN).numerator()).isZero();
        assertThat(counts.get(YearMonth.of(2025, 5)).numeratorPeople()).containsExactly(5L);
    }
}
