package org.harbour.youthjustice.measures.domain;

import org.harbour.youthjustice.outcome.domain.Rung;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.harbour.youthjustice.measures.domain.Ladder.communityResolution;
import static org.harbour.youthjustice.measures.domain.Ladder.youthCaution;

class ReoffendingProxyTest {

    private static final LocalDate Q_START = LocalDate.of(2024, 1, 1);
    private static final LocalDate Q_END = LocalDate.of(2024, 3, 31);
    private static final LocalDate START = LocalDate.of(2024, 1, 10);

    @Test
    void anOffenceOnDay365CountsAndOneOnDay366DoesNot() {
        // 2024 is a leap year: 10 January 2024 + 365 days is 9 January 2025.
        LocalDate day365 = START.plusDays(365);
        assertThat(day365).isEqualTo(LocalDate.of(2025, 1, 9));
        ReoffendingProxy.Result result = ReoffendingProxy.of(List.of(
                youthCaution(1, START, START.minusDays(3)),
                youthCaution(1, day365.plusMonths(1), day365),
                youthCaution(2, START, START.minusDays(3)),
                youthCaution(2, day365.plusMonths(1), day365.plusDays(1))), Q_START, Q_END);

        assertThat(result.cohort()).containsExactly(1L, 2L);
        assertThat(result.reoffenders()).containsExactly(1L);
        assertThat(result.reoffences()).isEqualTo(1);
    }

    @Test
    void aReoffenceProvenInTheNineteenthMonthDoesNotCount() {
        LocalDate offence = START.plusMonths(11);
        ReoffendingProxy.Result result = ReoffendingProxy.of(List.of(
                youthCaution(1, START, START.minusDays(3)),
                youthCaution(1, START.plusMonths(18), offence),
                youthCaution(2, START, START.minusDays(3)),
                youthCaution(2, START.plusMonths(18).plusDays(1), offence)), Q_START, Q_END);

        assertThat(result.reoffenders()).as("proven on the last day of month 18 counts, the day after does not")
                .containsExactly(1L);
    }

    @Test
    void ratesAreWorkedOverTheCohortAndDiversionNeitherStartsNorCountsAsAReoffence() {
        OutcomeFact thirdOffence = new OutcomeFact(1, "YOUTH_CAUTION", Rung.OUT_OF_COURT, true, false, false, true,
                START.plusMonths(4), 9001L, START.plusMonths(3), false);
        ReoffendingProxy.Result result = ReoffendingProxy.of(List.of(
                youthCaution(1, START, START.minusDays(3)),
                youthCaution(1, START.plusMonths(2), START.plusMonths(1)),
                thirdOffence,
                youthCaution(2, START.plusDays(30), START.plusDays(20)),
                youthCaution(3, START.plusDays(40), START.plusDays(30)),
                communityResolution(3, START.plusMonths(3)),
                communityResolution(4, START.plusDays(5)),
                youthCaution(5, START.plusDays(50), START.plusDays(45))), Q_START, Q_END);

        // Cohort 1, 2, 3, 5 (4 had only a community resolution); child 1 reoffended twice, child 3's later
        // community resolution is not a proven offence.
        assertThat(result.cohort()).containsExactly(1L, 2L, 3L, 5L);
        assertThat(result.reoffenders()).containsExactly(1L);
        assertThat(result.binaryRatePercent()).isCloseTo(25.0, within(1e-9));
        assertThat(result.reoffencesPerReoffender()).isCloseTo(2.0, within(1e-9));
        assertThat(result.reoffencesPerChild()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aServiceTrackingThreeMonthsCountsDay91AndProvesWithinNineMonths() {
        assertThat(ReoffendingProxy.trackedDays(3)).isEqualTo(91);
        assertThat(ReoffendingProxy.trackedDays(12)).as("the national year").isEqualTo(365);
        assertThat(ReoffendingProxy.trackedDays(24)).isEqualTo(730);
        ReoffendingProxy.Result result = ReoffendingProxy.of(List.of(
                youthCaution(1, START, START.minusDays(3)),
                youthCaution(1, START.plusDays(120), START.plusDays(91)),
                youthCaution(2, START, START.minusDays(3)),
                youthCaution(2, START.plusDays(120), START.plusDays(92)),
                youthCaution(3, START, START.minusDays(3)),
                youthCaution(3, START.plusMonths(9).plusDays(1), START.plusDays(30))), Q_START, Q_END, 3);

        assertThat(result.cohort()).containsExactly(1L, 2L, 3L);
        assertThat(result.reoffenders()).as("day 92 is after the tracking; proven in month 10 is too late")
                .containsExactly(1L);
        assertThat(result.binaryRatePercent()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void trackingOutsideThreeTo24MonthsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReoffendingProxy.trackedDays(2));
        assertThatIllegalArgumentException().isThrownBy(() -> ReoffendingProxy.trackedDays(25));
    }

    @Test
    void aChildReleasedFromCustodyInThePeriodJoinsTheCohortFromTheRelease() {
        LocalDate released = LocalDate.of(2024, 2, 20);
        ReoffendingProxy.Result result = ReoffendingProxy.of(List.of(
                        Ladder.dto(7, LocalDate.of(2023, 6, 1), false),
                        youthCaution(7, released.plusMonths(2), released.plusDays(10)),
                        youthCaution(8, released.plusMonths(2), released.minusDays(10))),
                List.of(new ReoffendingProxy.Release(7, released), new ReoffendingProxy.Release(9, LocalDate.of(2024, 4, 1))),
                Q_START, Q_END, 12);

        // 7 is tracked from release and reoffended 10 days after; 8 was cautioned after the quarter (not in the
        // cohort); 9 was released after the quarter.
        assertThat(result.cohort()).containsExactly(7L);
        assertThat(result.reoffenders()).containsExactly(7L);
    }
}
