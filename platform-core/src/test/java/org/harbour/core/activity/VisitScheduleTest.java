package org.harbour.core.activity;

import org.harbour.core.activity.application.ActivityTimescales;
import org.harbour.core.activity.application.VisitSchedule;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitScheduleTest {

    private final Timescales timescales = new Timescales(new WorkingDayCalendar(Set.of(), Set.of()));
    private final VisitSchedule schedule = new VisitSchedule(timescales, new ActivityTimescales());

    @Test
    void aCpVisitIsDueTenWorkingDaysAfterTheLastVisitAtWhichTheChildWasSeen() {
        // Thursday 26 March 2026 + 10 working days skips Good Friday and Easter Monday.
        VisitSchedule.Due due = schedule.nextVisit("CP", null, Map.of(VisitType.CP, d("2026-03-26")),
                d("2026-01-05"), d("2025-12-01"), d("2026-04-10")).orElseThrow();
        assertThat(due.getDueOn()).isEqualTo(d("2026-04-13"));
        assertThat(due.isOverdue()).isFalse();
        assertThat(due.getTimescale().getDescription()).isEqualTo("10 working days");

        VisitSchedule.Due late = schedule.nextVisit("CP", null, Map.of(VisitType.CP, d("2026-03-26")),
                d("2026-01-05"), d("2025-12-01"), d("2026-04-14")).orElseThrow();
        assertThat(late.isOverdue()).isTrue();
    }

    @Test
    void aNewerVisitMovesTheDueDateOn() {
        LocalDate before = schedule.nextVisit("CIN", null, Map.of(VisitType.CIN, d("2026-02-02")), null,
                d("2025-06-01"), d("2026-02-03")).orElseThrow().getDueOn();
        LocalDate after = schedule.nextVisit("CIN", null, Map.of(VisitType.CIN, d("2026-03-02")), null,
                d("2025-06-01"), d("2026-03-03")).orElseThrow().getDueOn();
        assertThat(before).isEqualTo(d("2026-03-16"));
        assertThat(after).isEqualTo(d("2026-04-13"));
    }

    @Test
    void withoutAVisitSinceTheRegimeBeganItIsCountedFromTheRegimeStart() {
        // A CIN visit before the CP plan began does not count towards CP visits.
        VisitSchedule.Due due = schedule.nextVisit("CP", VisitType.CIN, Map.of(VisitType.CIN, d("2026-03-02")),
                d("2026-03-09"), d("2025-06-01"), d("2026-03-10")).orElseThrow();
        assertThat(due.getCountedFrom()).isEqualTo(d("2026-03-09"));
        assertThat(due.getDueOn()).isEqualTo(d("2026-03-23"));
        VisitSchedule.Due fromOpening = schedule.nextVisit("CLA", null, Map.of(), null, d("2026-01-05"),
                d("2026-03-10")).orElseThrow();
        assertThat(fromOpening.getDueOn()).isEqualTo(d("2026-02-16"));
        assertThat(fromOpening.isOverdue()).isTrue();
    }

    @Test
    void theCaseRegimeDecidesElseTheLatestStatutoryVisitElseNothingIsDue() {
        assertThat(VisitSchedule.regime("CP", VisitType.CIN)).contains(VisitType.CP);
        assertThat(VisitSchedule.regime(null, VisitType.EARLY_HELP)).contains(VisitType.EARLY_HELP);
        assertThat(VisitSchedule.regime(null, VisitType.OTHER)).isEmpty();
        assertThat(VisitSchedule.regime("OTHER", null)).isEmpty();
        assertThat(schedule.nextVisit(null, null, Map.of(), null, d("2026-01-05"), d("2026-03-10"))).isEmpty();
        VisitSchedule.Due earlyHelp = schedule.nextVisit(null, VisitType.EARLY_HELP,
                Map.of(VisitType.EARLY_HELP, d("2026-03-02")), null, d("2026-01-05"), d("2026-03-10")).orElseThrow();
        assertThat(earlyHelp.getDueOn()).isEqualTo(d("2026-03-30"));
    }

    @Test
    void supervisionIsDueFourWeeksAfterTheLastOrAfterTheWorkerTookTheCase() {
        assertThat(schedule.nextSupervision(d("2026-03-02"), d("2025-01-01"), d("2026-03-10")).getDueOn())
                .isEqualTo(d("2026-03-30"));
        VisitSchedule.Due newWorker = schedule.nextSupervision(d("2026-01-05"), d("2026-02-02"), d("2026-03-10"));
        assertThat(newWorker.getDueOn()).isEqualTo(d("2026-03-02"));
        assertThat(newWorker.isOverdue()).isTrue();
    }

    @Test
    void timescalesAreCouncilSettings() {
        ActivityTimescales settings = new ActivityTimescales(key -> key.equals("harbour.timescales.visit.cin")
                ? Optional.of("30 Working Days") : Optional.empty());
        VisitSchedule local = new VisitSchedule(timescales, settings);
        assertThat(local.nextVisit("CIN", null, Map.of(VisitType.CIN, d("2026-03-02")), null, d("2025-01-01"),
                d("2026-03-03")).orElseThrow().getDueOn()).isEqualTo(d("2026-04-15"));
        assertThat(settings.supervision().getDescription()).isEqualTo("4 weeks");
        assertThatThrownBy(() -> new ActivityTimescales(key -> Optional.of("fortnightly")))
                .hasMessageContaining("harbour.timescales.visit.");
        assertThatThrownBy(() -> new ActivityTimescales(key -> Optional.of("3 fortnights")))
                .hasMessageContaining("working days, days, weeks or months");
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
