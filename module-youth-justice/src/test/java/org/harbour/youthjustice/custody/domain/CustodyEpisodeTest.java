package org.harbour.youthjustice.custody.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustodyEpisodeTest {

    private static final LocalDate SENTENCED = LocalDate.of(2026, 1, 5);
    /** A 12-month detention and training order: released at half, on 5 July. */
    private static final LocalDate RELEASE = LocalDate.of(2026, 7, 5);

    private static CustodyEpisode episode() {
        return new CustodyEpisode(1, 7, EstablishmentType.SCH, "Hillside secure children's home", SENTENCED, RELEASE,
                LocalDate.of(2027, 1, 4), "dan.hughes", Instant.EPOCH);
    }

    @Test
    void custodyBeginsOnOrAfterTheSentenceAndBeforeTheReleaseDay() {
        assertThat(CustodyEpisode.startProblems(SENTENCED, RELEASE, SENTENCED)).isEmpty();
        assertThat(CustodyEpisode.startProblems(SENTENCED, RELEASE, SENTENCED.minusDays(1))).extracting(RuleBroken::field)
                .containsExactly("startedOn");
        assertThat(CustodyEpisode.startProblems(SENTENCED, RELEASE, RELEASE)).hasSize(1);
        assertThat(CustodyEpisode.startProblems(SENTENCED, RELEASE, RELEASE.minusDays(1))).isEmpty();
        // Detention during His Majesty's pleasure has no release day.
        assertThat(CustodyEpisode.startProblems(SENTENCED, null, SENTENCED.plusYears(3))).isEmpty();
    }

    @Test
    void noReleaseWithoutAResettlementPlanAndAccommodation() {
        CustodyEpisode c = episode();
        assertThat(c.isResettlementOwed()).isTrue();
        assertThat(c.releaseProblems(RELEASE)).extracting(RuleBroken::field)
                .containsExactly("resettlementPlan", "releaseAccommodation");
        assertThatThrownBy(() -> c.release(RELEASE)).isInstanceOf(IllegalArgumentException.class);
        c.plan(LocalDate.of(2026, 6, 1), "Return to Northfield Academy; CAMHS appointment booked", ReleaseAccommodation.FAMILY_HOME);
        assertThat(c.isResettlementOwed()).isFalse();
        assertThat(c.releaseProblems(SENTENCED.minusDays(1))).extracting(RuleBroken::field).containsExactly("releasedOn");
        c.release(RELEASE);
        assertThat(c.isOpen()).isFalse();
        assertThat(c.releaseProblems(RELEASE)).extracting(RuleBroken::field).containsExactly("releasedOn");
    }

    @Test
    void thePlanIsAgreedWhileInCustodyAndSaysSomething() {
        CustodyEpisode c = episode();
        assertThat(c.planProblems(SENTENCED.minusDays(1), "plan")).extracting(RuleBroken::field).containsExactly("resettlementPlanOn");
        assertThat(c.planProblems(SENTENCED, " ")).extracting(RuleBroken::field).containsExactly("resettlementPlan");
        assertThat(c.planProblems(null, "plan")).extracting(RuleBroken::field).containsExactly("resettlementPlanOn");
        assertThat(c.planProblems(SENTENCED, "plan")).isEmpty();
    }

    @Test
    void bedAndBreakfastAndNoFixedAbodeAreNotSuitable() {
        assertThat(ReleaseAccommodation.NO_FIXED_ABODE.isSuitable()).isFalse();
        assertThat(ReleaseAccommodation.BED_AND_BREAKFAST.isSuitable()).isFalse();
        assertThat(ReleaseAccommodation.SUPPORTED_ACCOMMODATION.isSuitable()).isTrue();
    }
}
