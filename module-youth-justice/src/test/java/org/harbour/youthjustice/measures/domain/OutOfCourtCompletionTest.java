package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.youthjustice.measures.domain.Ladder.communityResolution;
import static org.harbour.youthjustice.measures.domain.Ladder.dto;
import static org.harbour.youthjustice.measures.domain.Ladder.referralOrder;
import static org.harbour.youthjustice.measures.domain.Ladder.youthCaution;

class OutOfCourtCompletionTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final LocalDate CAUTIONED = LocalDate.of(2025, 3, 3);

    @Test
    void interventionsAfterACautionCountAndThoseAfterACourtOrderOrADiversionDoNot() {
        List<OutcomeFact> outcomes = List.of(
                youthCaution(1, CAUTIONED, CAUTIONED.minusDays(10)),
                youthCaution(2, CAUTIONED, CAUTIONED.minusDays(10)),
                youthCaution(3, CAUTIONED, CAUTIONED.minusDays(10)),
                referralOrder(3, CAUTIONED.plusDays(5), CAUTIONED.minusDays(2)),
                communityResolution(4, CAUTIONED),
                youthCaution(5, CAUTIONED.plusMonths(1), CAUTIONED));
        List<InterventionEnd> ends = List.of(
                new InterventionEnd(1, CAUTIONED.plusDays(7), LocalDate.of(2025, 6, 1), true),
                new InterventionEnd(2, CAUTIONED, LocalDate.of(2025, 6, 30), false),
                new InterventionEnd(3, CAUTIONED.plusDays(7), LocalDate.of(2025, 6, 10), true),
                new InterventionEnd(4, CAUTIONED.plusDays(7), LocalDate.of(2025, 6, 10), true),
                new InterventionEnd(5, CAUTIONED.plusDays(7), LocalDate.of(2025, 6, 10), true),
                new InterventionEnd(1, CAUTIONED.plusDays(7), LocalDate.of(2025, 7, 1), true));

        IndicatorCount june = OutOfCourtCompletion.count(ends, outcomes, JUNE, JUNE).get(JUNE);

        // 1 completed and 2 did not (caution on the intervention's first day counts); 3 was on a referral
        // order by then, 4 only diverted, 5 cautioned after the intervention began; 1's July end is another month.
        assertThat(june.numerator()).isEqualTo(1);
        assertThat(june.denominator()).isEqualTo(2);
        assertThat(june.denominatorPeople()).containsExactly(1L, 2L);
    }

    @Test
    void aQuashedCourtOrderLeavesTheCautionBeforeItAsTheLatestOutcome() {
        List<OutcomeFact> outcomes = List.of(youthCaution(1, CAUTIONED, CAUTIONED.minusDays(10)), dto(1, CAUTIONED.plusDays(2), true));

        IndicatorCount june = OutOfCourtCompletion.count(
                List.of(new InterventionEnd(1, CAUTIONED.plusDays(7), LocalDate.of(2025, 6, 3), true)), outcomes, JUNE, JUNE).get(JUNE);

        assertThat(june.numerator()).isEqualTo(1);
        assertThat(june.denominator()).isEqualTo(1);
    }

    @Test
    void aChildWithTwoOutOfCourtInterventionsEndingInTheMonthCountsOnceByTheLast() {
        List<OutcomeFact> outcomes = List.of(youthCaution(1, CAUTIONED, CAUTIONED.minusDays(10)));
        List<InterventionEnd> ends = List.of(
                new InterventionEnd(1, CAUTIONED.plusDays(7), LocalDate.of(2025, 6, 25), true),
                new InterventionEnd(1, CAUTIONED.plusDays(7), LocalDate.of(2025, 6, 5), false));
        IndicatorCount june = OutOfCourtCompletion.count(ends, outcomes, JUNE, JUNE).get(JUNE);
        assertThat(june.denominator()).isEqualTo(1);
        assertThat(june.numerator()).isEqualTo(1);
        assertThat(june.numeratorPeople()).containsExactly(1L);
    }
}
