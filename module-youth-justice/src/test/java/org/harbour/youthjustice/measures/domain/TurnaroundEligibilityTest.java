package org.harbour.youthjustice.measures.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.youthjustice.measures.domain.Ladder.communityResolution;
import static org.harbour.youthjustice.measures.domain.Ladder.conditionalCaution;
import static org.harbour.youthjustice.measures.domain.Ladder.noFurtherAction;
import static org.harbour.youthjustice.measures.domain.Ladder.referralOrder;
import static org.harbour.youthjustice.measures.domain.Ladder.turnaround;
import static org.harbour.youthjustice.measures.domain.Ladder.youthCaution;

class TurnaroundEligibilityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @Test
    void aChildWithACommunityResolutionInTheWindowIsEligibleUntilTheyBecomeLookedAfter() {
        List<OutcomeFact> history = List.of(communityResolution(1, LocalDate.of(2025, 5, 2)));

        List<TurnaroundEligibility.Eligible> before = TurnaroundEligibility.on(DAY, history, Set.of());
        assertThat(before).extracting(TurnaroundEligibility.Eligible::personId).containsExactly(1L);
        assertThat(before.get(0).windowEnds()).isEqualTo(LocalDate.of(2025, 8, 2));

        assertThat(TurnaroundEligibility.on(DAY, history, Set.of(1L))).as("looked after on the day: drops out").isEmpty();
    }

    @Test
    void theWindowIsThreeMonths() {
        assertThat(TurnaroundEligibility.on(DAY, List.of(noFurtherAction(1, LocalDate.of(2025, 3, 30))), Set.of())).isEmpty();
        assertThat(TurnaroundEligibility.on(DAY, List.of(noFurtherAction(1, LocalDate.of(2025, 3, 31))), Set.of())).hasSize(1);
    }

    @Test
    void aFirstYouthCautionQualifiesButASecondOrAConditionalOneDoesNot() {
        assertThat(TurnaroundEligibility.on(DAY, List.of(youthCaution(1, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 20))),
                Set.of())).hasSize(1);
        assertThat(TurnaroundEligibility.on(DAY, List.of(
                youthCaution(2, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 20)),
                youthCaution(2, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 20))), Set.of())).isEmpty();
        assertThat(TurnaroundEligibility.on(DAY, List.of(conditionalCaution(3, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1))),
                Set.of())).isEmpty();
    }

    @Test
    void turnaroundBeforeOrAnyStatutoryOrderRulesAChildOut() {
        assertThat(TurnaroundEligibility.on(DAY, List.of(turnaround(1, LocalDate.of(2023, 1, 1)),
                communityResolution(1, LocalDate.of(2025, 6, 1))), Set.of())).isEmpty();
        assertThat(TurnaroundEligibility.on(DAY, List.of(referralOrder(2, LocalDate.of(2023, 1, 1), LocalDate.of(2022, 12, 1)),
                communityResolution(2, LocalDate.of(2025, 6, 1))), Set.of())).isEmpty();
    }
}
