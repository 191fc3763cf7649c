package org.harbour.youthjustice.board.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiSetTest {

    @Test
    void aPeriodsFigureAddsItsMonthsNumeratorsAndDenominators() {
        KpiFigure ete = KpiSet.figure("youth-justice.ete-at-end", "ETE", "PERCENT", List.of(
                new IndicatorCount(3, 4L, Set.of(1L), Set.of(1L)), new IndicatorCount(1, 4L, Set.of(2L), Set.of(2L)),
                IndicatorCount.none(true)));
        assertThat(ete.numerator()).isEqualTo(4);
        assertThat(ete.denominator()).isEqualTo(8);
        assertThat(ete.shown()).isEqualTo("50.0% (4 of 8)");
        KpiFigure none = KpiSet.figure("youth-justice.send-plan-at-end", "SEND", "PERCENT", List.of(IndicatorCount.none(true)));
        assertThat(none.shown()).isEqualTo("-");
        KpiFigure custody = KpiSet.figure("youth-justice.custody-rate", "Custody", "RATE_PER_1000_AGED_10_TO_17",
                List.of(new IndicatorCount(2, null, Set.of(1L), Set.of()), IndicatorCount.none(false)));
        assertThat(custody.denominator()).isNull();
        assertThat(custody.shown()).isEqualTo("2 (rate per 1,000 aged 10-17 on the scorecard)");
    }

    @Test
    void aPaperReportsTheMonthsBeforeTheMeetingsMonth() {
        assertThat(KpiSet.period(YearMonth.of(2026, 1), 6)).containsExactly(YearMonth.of(2025, 7), YearMonth.of(2025, 12));
        assertThat(KpiSet.period(YearMonth.of(2026, 4), 1)).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
        assertThatThrownBy(() -> KpiSet.period(YearMonth.of(2026, 4), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KpiSet.period(YearMonth.of(2026, 4), 25)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBoardIsQuorateOnlyWithEveryStatutoryPartner() {
        Set<StatutoryPartner> statutory = java.util.EnumSet.of(StatutoryPartner.LOCAL_AUTHORITY_CHILDRENS_SERVICES,
                StatutoryPartner.LOCAL_AUTHORITY_EDUCATION, StatutoryPartner.POLICE, StatutoryPartner.PROBATION, StatutoryPartner.HEALTH);
        assertThat(BoardMeeting.quorate(statutory)).isTrue();
        Set<StatutoryPartner> noHealth = java.util.EnumSet.copyOf(statutory);
        noHealth.remove(StatutoryPartner.HEALTH);
        noHealth.add(StatutoryPartner.COURTS);
        assertThat(BoardMeeting.quorate(noHealth)).isFalse();
    }

    @Test
    void theYjbQuartersRunFromAprilAndNameTheirYear() {
        assertThat(KpiSet.quarter(LocalDate.of(2025, 4, 1)))
                .containsExactly(YearMonth.of(2025, 4), YearMonth.of(2025, 6));
        assertThat(KpiSet.quarterLabel(LocalDate.of(2025, 4, 1))).isEqualTo("Q1 2025/26");
        assertThat(KpiSet.quarterLabel(LocalDate.of(2025, 10, 1))).isEqualTo("Q3 2025/26");
        assertThat(KpiSet.quarterLabel(LocalDate.of(2026, 1, 1))).isEqualTo("Q4 2025/26");
        assertThat(KpiSet.quarterLabel(LocalDate.of(1999, 7, 1))).isEqualTo("Q2 1999/00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KpiSet.quarter(LocalDate.of(2025, 5, 1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KpiSet.quarter(LocalDate.of(2025, 4, 2)));
    }
}
