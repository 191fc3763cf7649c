package org.harbour.youthjustice.assessment.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harbour.youthjustice.assessment.domain.Rating.HIGH;
import static org.harbour.youthjustice.assessment.domain.Rating.LOW;
import static org.harbour.youthjustice.assessment.domain.Rating.MEDIUM;
import static org.harbour.youthjustice.assessment.domain.Rating.VERY_HIGH;

class AssessmentRulesTest {

    private static final LocalDate STARTED = LocalDate.of(2026, 1, 12);
    private static final LocalDate COMPLETED = LocalDate.of(2026, 1, 30);

    private static List<String> fields(AssessmentType type, LocalDate completed, Ratings ratings, LocalDate review,
                                       LocalDate countersigned, String by) {
        return AssessmentRules.problems(type, STARTED, completed, ratings, review, countersigned, "dan.hughes", by).stream()
                .map(RuleBroken::field).toList();
    }

    @Test
    void theHighestRatingIsTheHighestOnTheScaleAndNoneWhenUnrated() {
        assertThat(new Ratings(LOW, VERY_HIGH, MEDIUM).highest()).isEqualTo(VERY_HIGH);
        assertThat(new Ratings(MEDIUM, null, LOW).highest()).isEqualTo(MEDIUM);
        assertThat(Ratings.NONE.highest()).isNull();
        assertThat(HIGH.isRaised()).isTrue();
        assertThat(MEDIUM.isRaised()).isFalse();
    }

    @Test
    void aHighOrVeryHighRatingBringsTheReviewToThreeMonthsOtherwiseSix() {
        assertThat(AssessmentRules.latestReview(COMPLETED, new Ratings(LOW, MEDIUM, MEDIUM))).isEqualTo(LocalDate.of(2026, 7, 30));
        assertThat(AssessmentRules.latestReview(COMPLETED, new Ratings(LOW, LOW, HIGH))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(AssessmentRules.latestReview(COMPLETED, new Ratings(VERY_HIGH, LOW, LOW))).isEqualTo(LocalDate.of(2026, 4, 30));
        // Unrated (a prevention assessment): six months.
        assertThat(AssessmentRules.latestReview(COMPLETED, Ratings.NONE)).isEqualTo(LocalDate.of(2026, 7, 30));
        // Month ends: completed on 30 November, reviewed by the end of February.
        assertThat(AssessmentRules.latestReview(LocalDate.of(2025, 11, 30), new Ratings(HIGH, HIGH, HIGH)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(AssessmentRules.reviewDue(null, Ratings.NONE, null)).isNull();
        assertThat(AssessmentRules.reviewDue(COMPLETED, Ratings.NONE, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aReviewDayEnteredIsAfterCompletionAndNoLaterThanTheRatingsAllow() {
        Ratings raised = new Ratings(HIGH, LOW, LOW);
        assertThat(fields(AssessmentType.ASSET_PLUS, COMPLETED, raised, LocalDate.of(2026, 4, 30), null, null)).isEmpty();
        assertThat(fields(AssessmentType.ASSET_PLUS, COMPLETED, raised, LocalDate.of(2026, 5, 1), null, null)).containsExactly("reviewDueOn");
        assertThat(fields(AssessmentType.ASSET_PLUS, COMPLETED, raised, COMPLETED, null, null)).containsExactly("reviewDueOn");
        assertThat(fields(AssessmentType.PREVENTION, null, Ratings.NONE, LocalDate.of(2026, 3, 1), null, null)).containsExactly("reviewDueOn");
    }

    @Test
    void aCompletedAssetPlusHasAllThreeRatingsAPreventionAssessmentNeedNot() {
        assertThat(fields(AssessmentType.ASSET_PLUS, COMPLETED, new Ratings(LOW, null, LOW), null, null, null))
                .containsExactly("riskOfSeriousHarm");
        assertThat(fields(AssessmentType.PRE_SENTENCE, COMPLETED, Ratings.NONE, null, null, null)).containsExactly("likelihoodOfReoffending");
        assertThat(fields(AssessmentType.PREVENTION, COMPLETED, Ratings.NONE, null, null, null)).isEmpty();
        // Ratings come with completion, not before.
        assertThat(fields(AssessmentType.PREVENTION, null, new Ratings(LOW, null, null), null, null, null)).containsExactly("completedOn");
    }

    @Test
    void completedNotBeforeStartedAndCountersignedOnlyOnceCompletedBySomeoneElse() {
        assertThat(fields(AssessmentType.TURNAROUND, STARTED.minusDays(1), Ratings.NONE, null, null, null)).containsExactly("completedOn");
        assertThat(fields(AssessmentType.TURNAROUND, STARTED, Ratings.NONE, null, null, null)).isEmpty();
        assertThat(fields(AssessmentType.TURNAROUND, null, Ratings.NONE, null, COMPLETED, "kwame.boateng")).containsExactly("countersignedOn");
        assertThat(fields(AssessmentType.TURNAROUND, COMPLETED, Ratings.NONE, null, COMPLETED.minusDays(1), "kwame.boateng"))
                .containsExactly("countersignedOn");
        assertThat(fields(AssessmentType.TURNAROUND, COMPLETED, Ratings.NONE, null, COMPLETED, "Dan.Hughes")).containsExactly("countersignedBy");
        assertThat(fields(AssessmentType.TURNAROUND, COMPLETED, Ratings.NONE, null, COMPLETED, "kwame.boateng")).isEmpty();
    }

    @Test
    void anAssessmentIsDueForCompletionThenForReviewAndOverdueTheDayAfter() {
        Assessment a = new Assessment(1, AssessmentType.ASSET_PLUS, "dan.hughes", STARTED, LocalDate.of(2026, 2, 9), "dan.hughes", Instant.EPOCH);
        assertThat(a.dueOn()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(a.isOverdue(LocalDate.of(2026, 2, 9))).isFalse();
        assertThat(a.isOverdue(LocalDate.of(2026, 2, 10))).isTrue();
        assertThatThrownBy(() -> a.complete(COMPLETED, new Ratings(LOW, LOW, null), null)).isInstanceOf(IllegalArgumentException.class);
        a.complete(COMPLETED, new Ratings(LOW, VERY_HIGH, LOW), null);
        assertThat(a.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(a.isOverdue(LocalDate.of(2026, 2, 10))).isFalse();
        assertThatThrownBy(() -> a.countersign(COMPLETED, "dan.hughes")).isInstanceOf(IllegalArgumentException.class);
        a.countersign(COMPLETED.plusDays(2), "kwame.boateng");
        assertThat(a.getCountersignedBy()).isEqualTo("kwame.boateng");
    }
}
