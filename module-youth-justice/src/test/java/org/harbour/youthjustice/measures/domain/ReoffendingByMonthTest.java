package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.youthjustice.measures.domain.Ladder.youthCaution;

class ReoffendingByMonthTest {

    // Cohort April to June 2024, tracked 12 months and 6 to prove: final at the end of December 2025.
    private static final YearMonth FINAL = YearMonth.of(2025, 12);

    @Test
    void eachMonthShowsTheThreeMonthCohortWhoseResultsBecameFinalInIt() {
        assertThat(ReoffendingByMonth.cohortEnding(FINAL, 12)).isEqualTo(YearMonth.of(2024, 6));
        assertThat(ReoffendingByMonth.firstCohortDay(FINAL, 12)).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(ReoffendingByMonth.cohortEnding(FINAL, 3)).as("a 3-month tracking: 9 months back").isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void theBinaryRateAndTheFrequencyAreWorkedByHand() {
        List<OutcomeFact> outcomes = List.of(
                // Child 1: cautioned in May 2024, two offences within the year, both proven in time.
                youthCaution(1, LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 1)),
                youthCaution(1, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 20)),
                youthCaution(1, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 20)),
                // Child 2: cautioned in June 2024, no reoffence.
                youthCaution(2, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 1)),
                // Child 3: cautioned in July 2024: the next cohort, not this one.
                youthCaution(3, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 25)),
                // Child 4: cautioned in April 2024; an offence in the year proven in the 19th month does not count.
                youthCaution(4, LocalDate.of(2024, 4, 2), LocalDate.of(2024, 3, 30)),
                youthCaution(4, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 3, 1)));
        Map<YearMonth, ReoffendingProxy.Result> results = ReoffendingByMonth.results(outcomes, List.of(), FINAL, FINAL, 12);

        IndicatorCount binary = ReoffendingByMonth.binary(results).get(FINAL);
        assertThat(binary.numerator()).isEqualTo(1);
        assertThat(binary.denominator()).isEqualTo(3L);
        assertThat(binary.numeratorPeople()).containsExactly(1L);
        assertThat(binary.denominatorPeople()).containsExactlyInAnyOrder(1L, 2L, 4L);

        IndicatorCount frequency = ReoffendingByMonth.frequency(results).get(FINAL);
        assertThat(frequency.numerator()).as("two reoffences").isEqualTo(2);
        assertThat(frequency.denominator()).as("by one reoffender").isEqualTo(1L);
        assertThat(frequency.numeratorPeople()).containsExactly(1L);
    }

    @Test
    void aReleaseFromCustodyInTheCohortStartsTheChildsTracking() {
        List<OutcomeFact> outcomes = List.of(youthCaution(5, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 11, 1)));
        Map<YearMonth, ReoffendingProxy.Result> results = ReoffendingByMonth.results(outcomes,
                List.of(new ReoffendingProxy.Release(5, LocalDate.of(2024, 5, 15))), FINAL, FINAL, 12);
        assertThat(ReoffendingByMonth.binary(results).get(FINAL).numeratorPeople()).containsExactly(5L);
    }
}
