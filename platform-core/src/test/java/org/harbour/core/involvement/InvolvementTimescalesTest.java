package org.harbour.core.involvement;

import org.harbour.core.involvement.application.InvolvementTimescales;
import org.harbour.core.spi.calendar.TimescaleStatus;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InvolvementTimescalesTest {

    private final Timescales timescales = new Timescales(new WorkingDayCalendar(Set.of(), Set.of()));

    @Test
    void anAssessmentIsDue45WorkingDaysAfterTheReferralSkippingBankHolidays() {
        // Referral Monday 20 April 2026; the May bank holidays (4th and 25th) are not working days.
        assertEquals(LocalDate.of(2026, 6, 24), timescales.dueDate(LocalDate.of(2026, 4, 20), InvolvementTimescales.ASSESSMENT));
        TimescaleStatus late = timescales.status(LocalDate.of(2026, 4, 20), InvolvementTimescales.ASSESSMENT,
                LocalDate.of(2026, 6, 25), LocalDate.of(2026, 7, 1));
        assertEquals(TimescaleStatus.State.MISSED, late.getState());
    }

    @Test
    void theConferenceIsDue15WorkingDaysAfterTheStrategyDiscussion() {
        // Friday 21 August 2026; Monday 31 August is the summer bank holiday.
        assertEquals(LocalDate.of(2026, 9, 14), timescales.dueDate(LocalDate.of(2026, 8, 21), InvolvementTimescales.ICPC));
    }
}
