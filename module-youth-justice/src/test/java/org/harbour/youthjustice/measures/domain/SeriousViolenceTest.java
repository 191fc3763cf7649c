package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.youthjustice.outcome.domain.Rung;
import org.harbour.youthjustice.record.domain.OffenceType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SeriousViolenceTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private static OutcomeFact outcome(long child, long offence, String code, Rung rung, boolean substantive, LocalDate on,
                                       boolean quashed) {
        return new OutcomeFact(child, code, rung, substantive, false, false, false, on, offence, on.minusDays(20), quashed);
    }

    @Test
    void theRuleIsTheTypeAndAGravityOfFiveOrMore() {
        OffenceType violence = java.util.Arrays.stream(OffenceType.values()).filter(t -> t.isSeriousViolence(8)).findFirst().orElseThrow();
        assertThat(violence.isSeriousViolence(5)).isTrue();
        assertThat(violence.isSeriousViolence(4)).isFalse();
        assertThat(java.util.Arrays.stream(OffenceType.values()).filter(t -> !t.isSeriousViolence(8))).isNotEmpty();
    }

    @Test
    void eachProvenOffenceOnceInTheMonthOfItsFirstProof() {
        Set<Long> serious = Set.of(10L, 11L, 12L, 13L, 14L);
        List<OutcomeFact> outcomes = List.of(
                // offence 10: cautioned 31 March, then (say) a later conviction in April: counted once, in March
                outcome(1, 10, "YOUTH_CAUTION", Rung.OUT_OF_COURT, true, LocalDate.of(2026, 3, 31), false),
                outcome(1, 10, "REFERRAL_ORDER", Rung.COURT, true, LocalDate.of(2026, 4, 2), false),
                // offence 11: a community resolution proves nothing
                outcome(2, 11, "COMMUNITY_RESOLUTION", Rung.DIVERSION, false, LocalDate.of(2026, 3, 5), false),
                // offence 12: convicted in March, quashed; reconvicted on retrial 1 April: April
                outcome(3, 12, "DETENTION_AND_TRAINING_ORDER", Rung.CUSTODY, true, LocalDate.of(2026, 3, 10), true),
                outcome(3, 12, "REFERRAL_ORDER", Rung.COURT, true, LocalDate.of(2026, 4, 1), false),
                // offence 13: only conviction quashed
                outcome(4, 13, "REFERRAL_ORDER", Rung.COURT, true, LocalDate.of(2026, 3, 12), true),
                // offence 14: proven on 1 March, the first day
                outcome(5, 14, "YOUTH_CAUTION", Rung.OUT_OF_COURT, true, LocalDate.of(2026, 3, 1), false),
                // offence 20 is not serious violence (gravity below 5 or another type)
                outcome(6, 20, "YOUTH_CAUTION", Rung.OUT_OF_COURT, true, LocalDate.of(2026, 3, 15), false));
        Map<YearMonth, IndicatorCount> counts = SeriousViolence.count(outcomes, serious, MARCH, APRIL);
        assertThat(counts.get(MARCH).numerator()).isEqualTo(2);
        assertThat(counts.get(MARCH).numeratorPeople()).containsExactly(1L, 5L);
        assertThat(counts.get(APRIL).numerator()).isEqualTo(1);
        assertThat(counts.get(APRIL).numeratorPeople()).containsExactly(3L);
        assertThat(counts.get(MARCH).denominator()).isNull();
    }

    @Test
    void twoSeriousOffencesOfOneChildCountTwice() {
        List<OutcomeFact> outcomes = List.of(
                outcome(1, 10, "YOUTH_CAUTION", Rung.OUT_OF_COURT, true, LocalDate.of(2026, 3, 3), false),
                outcome(1, 11, "YOUTH_CAUTION", Rung.OUT_OF_COURT, true, LocalDate.of(2026, 3, 3), false));
        IndicatorCount march = SeriousViolence.count(outcomes, Set.of(10L, 11L), MARCH, MARCH).get(MARCH);
        assertThat(march.numerator()).isEqualTo(2);
        assertThat(march.numeratorPeople()).containsExactly(1L);
    }
}
