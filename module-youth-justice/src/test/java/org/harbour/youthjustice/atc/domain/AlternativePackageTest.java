package org.harbour.youthjustice.atc.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlternativePackageTest {

    private static final LocalDate START = LocalDate.of(2025, 11, 30);

    private static AlternativePackage begun() {
        return new AlternativePackage(1, START, "ISS-style supervision, curfew, education", "Curfew checks; no contact with co-accused",
                START.plusMonths(1), "dan.hughes", Instant.EPOCH);
    }

    @Test
    void theFirstReviewIsAfterTheStartAndWithinThreeMonthsAMonthEndRollingBack() {
        assertThat(AlternativePackage.startProblems(START, START)).extracting(RuleBroken::field).containsExactly("reviewDueOn");
        assertThat(AlternativePackage.startProblems(START, LocalDate.of(2026, 2, 28))).as("30 November + 3 months").isEmpty();
        assertThat(AlternativePackage.startProblems(START, LocalDate.of(2026, 3, 1))).extracting(RuleBroken::message)
                .containsExactly("The package is reviewed within 3 months: by 2026-02-28.");
    }

    @Test
    void aReviewSetsTheNextAndMayReviseThePlanButNotGoBackBeforeTheLastOne() {
        AlternativePackage p = begun();
        p.reviewed(START.plusWeeks(4), START.plusWeeks(4).plusMonths(3), "Curfew lifted at weekends");

        assertThat(p.getReviewDueOn()).isEqualTo(START.plusWeeks(4).plusMonths(3));
        assertThat(p.getRiskManagementPlan()).isEqualTo("Curfew lifted at weekends");
        assertThat(p.reviewProblems(START.plusWeeks(3), START.plusMonths(2))).extracting(RuleBroken::field)
                .containsExactly("reviewedOn");
        p.reviewed(START.plusWeeks(8), START.plusWeeks(10), " ");
        assertThat(p.getRiskManagementPlan()).as("a blank revision keeps the plan").isEqualTo("Curfew lifted at weekends");
    }

    @Test
    void anEndedPackageIsNotReviewedNorOverdue() {
        AlternativePackage p = begun();
        assertThat(p.isReviewOverdue(START.plusMonths(1).plusDays(1))).isTrue();
        assertThat(p.isReviewOverdue(START.plusMonths(1))).as("due today is not overdue").isFalse();
        p.end(START.plusMonths(2));

        assertThat(p.isReviewOverdue(START.plusMonths(3))).isFalse();
        assertThat(p.reviewProblems(START.plusMonths(2), START.plusMonths(3))).extracting(RuleBroken::field).containsExactly("reviewedOn");
        assertThatIllegalArgumentException().isThrownBy(() -> begun().end(START.minusDays(1)));
    }
}
