package org.harbour.core.involvement.application;

import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A placement's codes are shown to the worker by their words, in the chronology and on the record. */
class InvolvementChronologyTest {

    @Test
    void aPlacementsStartSaysItsLegalStatusAndReasonInWords() {
        PlacementEpisode episode = episode();
        episode.setLegalStatus("C2");
        episode.setReasonNewEpisode("S");

        assertThat(InvolvementChronology.placementStartTitle(episode))
                .isEqualTo("Placement started (legal status: Full care order; reason: Started to be looked after)");
    }

    @Test
    void aPlacementWithNoCodesSaysSoRatherThanShowingNothing() {
        assertThat(InvolvementChronology.placementStartTitle(episode()))
                .isEqualTo("Placement started (legal status: not recorded; reason: not recorded)");
    }

    @Test
    void anEpisodesSummaryOnTheRecordGivesEachCodeWithItsWords() {
        PlacementEpisode episode = episode();
        episode.setLegalStatus("C2");
        episode.setReasonNewEpisode("S");
        episode.setPlacementProvider("PR1");
        episode.setReasonCeased("E11");

        String summary = new InvolvementViews().of(episode).getSummary();

        assertThat(summary).contains("legal status: C2: Full care order", "reason: S: Started to be looked after",
                "provider: PR1: Own provision (by the local authority)", "ceased: E11: Adopted");
    }

    @Test
    void anAssessmentsFactorsAreListedByTheirWords() {
        Involvement assessment = new Involvement(2L, InvolvementKind.ASSESSMENT, LocalDate.of(2026, 3, 1), "priya.shah",
                Instant.EPOCH);
        assessment.setFactors("21 3A");

        assertThat(InvolvementViews.summary(assessment))
                .startsWith("Factors: 21: ").contains("3A: Domestic abuse: child").doesNotContain("Factors 21");
    }

    @Test
    void aCareLeaversContactIsSaidInWords() {
        Involvement leaver = new Involvement(2L, InvolvementKind.CARE_LEAVER, LocalDate.of(2026, 3, 1), "priya.shah",
                Instant.EPOCH);
        leaver.setLeaverStatus("RELEVANT");
        leaver.setInTouch("YES");

        assertThat(InvolvementViews.summary(leaver)).contains("In touch").doesNotContain("YES");
    }

    private static PlacementEpisode episode() {
        return new PlacementEpisode(1L, 2L, LocalDate.of(2026, 3, 1), "priya.shah", Instant.EPOCH);
    }
}
