package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.youthjustice.plan.domain.StatusFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WiderServicesTest {

    private static final StatusFacts ANY = new StatusFacts(true, 25, 25, false, false, false, false, false, false, false, false, false);

    @Test
    void eachChildCountsOnceInTheMonthAsTheirLastEndFoundThem() {
        LocalDate known = LocalDate.of(2025, 9, 10);
        List<StatusAtEnd> ends = List.of(new StatusAtEnd(1, known, ANY), new StatusAtEnd(1, known.plusDays(1), ANY),
                new StatusAtEnd(2, known, ANY), new StatusAtEnd(3, LocalDate.of(2025, 10, 1), ANY));

        var counts = WiderServices.count(ends, (child, day) -> child == 1 && day.equals(known) || child == 3,
                YearMonth.of(2025, 9), YearMonth.of(2025, 10));

        IndicatorCount september = counts.get(YearMonth.of(2025, 9));
        // Child 1 counts once, as the last end of the month found them (no longer known); child 2 was not known.
        assertThat(september.numerator()).isZero();
        assertThat(september.denominator()).as("child 1 once and child 2").isEqualTo(2);
        assertThat(september.denominatorPeople()).containsExactly(1L, 2L);
        assertThat(counts.get(YearMonth.of(2025, 10)).numerator()).isEqualTo(1);
    }
}
