package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.youthjustice.plan.domain.StatusFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusShareTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    /** Suitable accommodation, education hours attended (NEET when 0 and neet), mental health need / offered / attending. */
    private static StatusAtEnd end(long child, LocalDate on, boolean accommodation, int hours, boolean neet,
                                   boolean mhNeed, boolean mhOffered, boolean mhAttending) {
        return new StatusAtEnd(child, on, new StatusFacts(accommodation, Math.max(hours, 0), hours, neet, false, false,
                mhNeed, mhOffered, mhAttending, false, false, false));
    }

    @Test
    void eteIsTheShareOfEndsNotNeetInTheMonthOfTheEnd() {
        List<StatusAtEnd> ends = List.of(
                end(1, LocalDate.of(2026, 5, 1), true, 25, false, false, false, false),
                end(2, LocalDate.of(2026, 5, 31), true, 0, true, false, false, false),
                end(3, LocalDate.of(2026, 5, 31), false, 0, false, false, false, false), // employed, no education hours
                end(4, LocalDate.of(2026, 6, 1), true, 0, true, false, false, false),
                end(5, LocalDate.of(2026, 4, 30), true, 10, false, false, false, false)); // before the range
        Map<YearMonth, IndicatorCount> ete = StatusShare.ETE.count(ends, MAY, JUNE);
        assertThat(ete.get(MAY).numerator()).isEqualTo(2);
        assertThat(ete.get(MAY).denominator()).isEqualTo(3);
        assertThat(ete.get(MAY).numeratorPeople()).containsExactly(1L, 3L);
        assertThat(ete.get(JUNE).numerator()).isZero();
        assertThat(ete.get(JUNE).denominator()).isEqualTo(1);
        assertThat(StatusShare.ACCOMMODATION.count(ends, MAY, MAY).get(MAY).numerator()).isEqualTo(2);
    }

    @Test
    void needMeasuresAreOutOfTheEndsWithTheNeedIdentified() {
        List<StatusAtEnd> ends = List.of(
                end(1, LocalDate.of(2026, 5, 10), true, 20, false, true, true, true),
                end(2, LocalDate.of(2026, 5, 11), true, 20, false, true, true, false),
                end(3, LocalDate.of(2026, 5, 12), true, 20, false, true, false, false),
                end(4, LocalDate.of(2026, 5, 13), true, 20, false, false, false, false));
        IndicatorCount offered = StatusShare.MENTAL_HEALTH_OFFERED.count(ends, MAY, MAY).get(MAY);
        IndicatorCount attending = StatusShare.MENTAL_HEALTH_ATTENDING.count(ends, MAY, MAY).get(MAY);
        assertThat(offered.numerator()).isEqualTo(2);
        assertThat(offered.denominator()).isEqualTo(3);
        assertThat(offered.denominatorPeople()).containsExactly(1L, 2L, 3L);
        assertThat(attending.numerator()).isEqualTo(1);
        assertThat(attending.denominator()).isEqualTo(3);
    }

    @Test
    void aMonthWithNoEndsHasADenominatorOfZeroNotAMadeUpFigure() {
        IndicatorCount none = StatusShare.SEND_PLAN.count(List.of(), MAY, MAY).get(MAY);
        assertThat(none.numerator()).isZero();
        assertThat(none.denominator()).isZero();
    }

    @Test
    void aChildWithTwoEndsInTheMonthCountsOnceAsTheLastFoundThemSoTheChildrenListedAddUp() {
        List<StatusAtEnd> ends = List.of(
                end(1, LocalDate.of(2026, 5, 20), true, 0, true, false, false, false),   // NEET at the later end
                end(1, LocalDate.of(2026, 5, 3), true, 25, false, false, false, false),
                end(2, LocalDate.of(2026, 5, 3), true, 0, true, false, false, false),
                end(2, LocalDate.of(2026, 5, 28), true, 20, false, false, false, false)); // in education at the later end
        IndicatorCount may = StatusShare.ETE.count(ends, MAY, MAY).get(MAY);
        assertThat(may.denominator()).isEqualTo(2);
        assertThat(may.numerator()).isEqualTo(1);
        assertThat(may.numeratorPeople()).containsExactly(2L);
        assertThat(may.denominatorPeople()).hasSize(2);
    }
}
