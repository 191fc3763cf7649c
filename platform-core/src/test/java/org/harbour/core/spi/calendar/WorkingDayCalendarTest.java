package org.harbour.core.spi.calendar;

import org.harbour.core.spi.calendar.EnglandBankHolidays;
import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.calendar.TimescaleStatus;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checked against the bank holidays published for England and Wales. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(), Set.of());

    @Test
    void publishedBankHolidaysAreReproducedIncludingSubstituteAndMovedDays() {
        assertThat(EnglandBankHolidays.of(2026)).containsExactly(
                d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-05-04"), d("2026-05-25"),
                d("2026-08-31"), d("2026-12-25"), d("2026-12-28"));
        assertThat(EnglandBankHolidays.of(2022)).containsExactly(
                d("2022-01-03"), d("2022-04-15"), d("2022-04-18"), d("2022-05-02"), d("2022-06-02"),
                d("2022-06-03"), d("2022-08-29"), d("2022-09-19"), d("2022-12-26"), d("2022-12-27"));
        assertThat(EnglandBankHolidays.of(2020)).containsExactly(
                d("2020-01-01"), d("2020-04-10"), d("2020-04-13"), d("2020-05-08"), d("2020-05-25"),
                d("2020-08-31"), d("2020-12-25"), d("2020-12-28"));
        assertThat(EnglandBankHolidays.of(2027)).containsExactly(
                d("2027-01-01"), d("2027-03-26"), d("2027-03-29"), d("2027-05-03"), d("2027-05-31"),
                d("2027-08-30"), d("2027-12-27"), d("2027-12-28"));
    }

    @Test
    void workingDaysSkipWeekendsAndBankHolidays() {
        // Thursday 2 April 2026 + 1 working day: Good Friday and Easter Monday are skipped.
        assertThat(calendar.addWorkingDays(d("2026-04-02"), 1)).isEqualTo(d("2026-04-07"));
        assertThat(calendar.addWorkingDays(d("2026-11-20"), 1)).isEqualTo(d("2026-11-23"));
        assertThat(calendar.addWorkingDays(d("2026-11-23"), 0)).isEqualTo(d("2026-11-23"));
        // 45 working days from Monday 2 November 2026 crosses Christmas (25 and 28 December).
        assertThat(calendar.addWorkingDays(d("2026-11-02"), 45)).isEqualTo(d("2027-01-07"));
        assertThat(calendar.workingDaysBetween(d("2026-11-02"), d("2027-01-07"))).isEqualTo(45);
        assertThat(calendar.workingDaysBetween(d("2027-01-07"), d("2026-11-02"))).isEqualTo(-45);
    }

    @Test
    void councilsAddClosureDaysAndReopenDaysByConfiguration() {
        WorkingDayCalendar council = new WorkingDayCalendar(Set.of(d("2026-12-29")), Set.of(d("2026-12-28")));
        assertThat(council.isWorkingDay(d("2026-12-29"))).isFalse();
        assertThat(council.isWorkingDay(d("2026-12-28"))).isTrue();
        assertThat(council.addWorkingDays(d("2026-12-24"), 2)).isEqualTo(d("2026-12-30"));
    }

    @Test
    void timescalesGiveDueDatesAndStatus() {
        Timescales timescales = new Timescales(calendar);
        Timescale icpc = Timescale.workingDays("Initial child protection conference", 15);
        LocalDate strategy = d("2026-11-02");
        assertThat(timescales.dueDate(strategy, icpc)).isEqualTo(d("2026-11-23"));
        assertThat(timescales.status(strategy, icpc, null, d("2026-11-23")).getState())
                .isEqualTo(TimescaleStatus.State.DUE);
        assertThat(timescales.status(strategy, icpc, null, d("2026-11-24")).isOverdue()).isTrue();
        assertThat(timescales.status(strategy, icpc, d("2026-11-23"), d("2026-12-01")).isMet()).isTrue();
        assertThat(timescales.status(strategy, icpc, d("2026-11-24"), d("2026-12-01")).getState())
                .isEqualTo(TimescaleStatus.State.MISSED);
        assertThat(timescales.dueDate(d("2026-01-31"), Timescale.months("Review", 1))).isEqualTo(d("2026-02-28"));
        assertThat(Timescale.weeks("CIN visit", 6).getDescription()).isEqualTo("6 weeks");
        assertThatThrownBy(() -> Timescale.days("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
