package org.harbour.core.spi.returns;

import org.harbour.core.spi.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReturnPeriodRuleTest {

    private static final ReturnPeriodRule APRIL_TO_MARCH = ReturnPeriodRule.aprilToMarch();
    /** SEN2: census in January over the previous calendar year. */
    private static final ReturnPeriodRule SEN2 = ReturnPeriodRule.census(MonthDay.of(1, 15), MonthDay.of(1, 1));

    @Test
    void aCollectionYearRunsFromTheFirstOfAprilToTheLastDayOfMarch() {
        ReturnPeriod year = APRIL_TO_MARCH.period("2025-26");
        assertThat(year).isEqualTo(new ReturnPeriod("2025-26", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), null));
        assertThat(APRIL_TO_MARCH.period(" 1999-00 ").end()).isEqualTo(LocalDate.of(2000, 3, 31));
        assertThat(year.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void theCollectionYearInProgressIsTheOneContainingTheDay() {
        assertThat(APRIL_TO_MARCH.containing(LocalDate.of(2026, 3, 31)).label()).isEqualTo("2025-26");
        assertThat(APRIL_TO_MARCH.containing(LocalDate.of(2026, 4, 1)).label()).isEqualTo("2026-27");
    }

    @Test
    void aCensusCoversTheLastFullYearBeforeItsDate() {
        ReturnPeriod census = SEN2.period("2026");
        assertThat(census.censusDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(census.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(census.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        ReturnPeriodRule marchCensus = ReturnPeriodRule.census(MonthDay.of(3, 31), MonthDay.of(4, 1));
        assertThat(marchCensus.period("2026").start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(marchCensus.period("2026").end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(SEN2.containing(LocalDate.of(2026, 1, 16)).label()).isEqualTo("2027");
        assertThat(SEN2.containing(LocalDate.of(2026, 1, 15)).label()).isEqualTo("2026");
    }

    @Test
    void aMalformedPeriodIsRefusedOnThePeriodField() {
        for (String bad : new String[] {null, "", "2025", "2025-27", "2025/26", "25-26", "2025-26x", "9999-00", "1800-01"}) {
            assertThatThrownBy(() -> APRIL_TO_MARCH.period(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("period"));
        }
        for (String bad : new String[] {"2025-26", "26", "abcd", "0001"}) {
            assertThatThrownBy(() -> SEN2.period(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> APRIL_TO_MARCH.period("x".repeat(5000)))
                .hasMessageContaining("...").hasMessageNotContaining("x".repeat(100));
    }

    @Test
    void describesItselfForStaff() {
        assertThat(APRIL_TO_MARCH.describe()).isEqualTo("Collection year from 1 April to 31 March, named like 2025-26");
        assertThat(SEN2.describe()).startsWith("Census on 15 January each year");
    }

    @Test
    void quartersOfTheAprilToMarchYearAreNamedAndContainTheirDays() {
        ReturnPeriodRule quarters = ReturnPeriodRule.aprilToMarchQuarters();
        assertThat(quarters.period("2025-26 Q1")).isEqualTo(new ReturnPeriod("2025-26 Q1", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), null));
        assertThat(quarters.period("2025-26 Q4")).isEqualTo(new ReturnPeriod("2025-26 Q4", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null));
        assertThat(quarters.containing(LocalDate.of(2026, 3, 31)).label()).isEqualTo("2025-26 Q4");
        assertThat(quarters.containing(LocalDate.of(2026, 4, 1)).label()).isEqualTo("2026-27 Q1");
        assertThat(quarters.containing(LocalDate.of(2025, 9, 30)).label()).isEqualTo("2025-26 Q2");
        assertThat(quarters.containing(LocalDate.of(2025, 10, 1)).label()).isEqualTo("2025-26 Q3");
        assertThat(quarters.isQuarterly()).isTrue();
        assertThat(quarters.describe()).contains("1 April", "30 June", "2025-26 Q1");
        for (String bad : new String[] {"2025-26", "2025-26 Q5", "2025-27 Q1", "Q1 2025-26"}) {
            assertThatThrownBy(() -> quarters.period(bad)).isInstanceOf(InvalidInputException.class).hasMessageContaining("quarter");
        }
    }
}
