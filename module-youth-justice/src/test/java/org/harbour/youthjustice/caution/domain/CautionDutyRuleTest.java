package org.harbour.youthjustice.caution.domain;

import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.domain.OutcomeType;
import org.harbour.youthjustice.outcome.domain.Rung;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CautionDutyRuleTest {

    private static final OutcomeType CAUTION = new OutcomeType("YOUTH_CAUTION", "YC", "Youth caution", Rung.OUT_OF_COURT,
            true, false, false, false, true);
    private static final OutcomeType CONDITIONAL = new OutcomeType("YOUTH_CONDITIONAL_CAUTION", "YCC", "Youth conditional caution",
            Rung.OUT_OF_COURT, true, false, false, true, false);
    private static final OutcomeType COMMUNITY_RESOLUTION = new OutcomeType("COMMUNITY_RESOLUTION", "CR", "Community resolution",
            Rung.DIVERSION, false, false, false, false, true);

    private static Outcome outcome(OutcomeType type, String on) {
        return new Outcome(1, null, type, LocalDate.parse(on), null, "dan", Instant.EPOCH);
    }

    @Test
    void aFirstYouthCautionOwesNoAssessmentButASecondDoes() {
        Outcome first = outcome(CAUTION, "2025-03-01");
        assertThat(CautionDutyRule.reason(first, List.of(first))).isEmpty();
        Outcome second = outcome(CAUTION, "2025-09-01");
        assertThat(CautionDutyRule.reason(second, List.of(first, second))).contains("Second youth caution");
    }

    @Test
    void anyConditionalCautionOwesAnAssessment() {
        Outcome conditional = outcome(CONDITIONAL, "2025-03-01");
        assertThat(CautionDutyRule.reason(conditional, List.of(conditional))).contains("Youth conditional caution");
    }

    @Test
    void communityResolutionsAndQuashedCautionsDoNotCount() {
        Outcome resolution = outcome(COMMUNITY_RESOLUTION, "2025-01-01");
        Outcome quashed = outcome(CAUTION, "2025-02-01");
        quashed.quash(LocalDate.of(2025, 2, 20));
        Outcome caution = outcome(CAUTION, "2025-06-01");
        assertThat(CautionDutyRule.reason(caution, List.of(resolution, quashed, caution))).isEmpty();
        assertThat(CautionDutyRule.reason(resolution, List.of(resolution, caution))).isEmpty();
    }

    @Test
    void aCautionRecordedLaterForAnEarlierDayIsNotTheFirstOnesSecond() {
        Outcome later = outcome(CAUTION, "2025-08-01");
        Outcome earlier = outcome(CAUTION, "2025-04-01");
        assertThat(CautionDutyRule.reason(earlier, List.of(later, earlier))).isEmpty();
        assertThat(CautionDutyRule.reason(later, List.of(later, earlier))).contains("Second youth caution");
    }

    @Test
    void aDutyIsMetOnceAndNotBeforeTheCaution() {
        CautionDuty duty = new CautionDuty(1, 2, "Second youth caution", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 15),
                "dan", Instant.EPOCH);
        assertThat(duty.isOverdue(LocalDate.of(2025, 9, 16))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> duty.met(LocalDate.of(2025, 8, 31), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        duty.met(LocalDate.of(2025, 9, 10), "Knife crime programme");
        assertThat(duty.isOwed()).isFalse();
        assertThat(duty.isOverdue(LocalDate.of(2025, 9, 16))).isFalse();
    }
}
