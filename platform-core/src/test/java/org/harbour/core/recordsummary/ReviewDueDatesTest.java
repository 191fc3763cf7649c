package org.harbour.core.recordsummary;

import org.harbour.core.recordsummary.application.ReviewDueDates;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewDueDatesTest {

    private final ReviewDueDates rules = new ReviewDueDates(new WorkingDayCalendar());

    @Test
    void theFirstLookedAfterReviewIsTwentyWorkingDaysOnSkippingChristmasAndTheSubstituteBoxingDay() {
        // 14 Dec 2026 (Mon): Christmas Day is a Friday, Boxing Day a Saturday (substitute Monday 28),
        // New Year's Day a Friday; 20 working days without them would end on Monday 11 January.
        ReviewDueDates.Due due = rules.lookedAfter(LocalDate.of(2026, 12, 14), List.of());
        assertEquals(LocalDate.of(2027, 1, 14), due.dueOn());
        assertEquals(1, due.number());
    }

    @Test
    void theFirstLookedAfterReviewMovesWithALocalNonWorkingDay() {
        ReviewDueDates local = new ReviewDueDates(new WorkingDayCalendar(Set.of(LocalDate.of(2027, 1, 12)), Set.of()));
        assertEquals(LocalDate.of(2027, 1, 15), local.lookedAfter(LocalDate.of(2026, 12, 14), List.of()).dueOn());
    }

    @Test
    void theSecondLookedAfterReviewIsThreeMonthsAfterTheFirstAndLaterOnesSixMonths() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        LocalDate first = LocalDate.of(2026, 1, 31);
        ReviewDueDates.Due second = rules.lookedAfter(start, List.of(first));
        assertEquals(LocalDate.of(2026, 4, 30), second.dueOn(), "3 months from 31 January ends on 30 April");
        assertEquals(2, second.number());
        ReviewDueDates.Due third = rules.lookedAfter(start, List.of(LocalDate.of(2026, 4, 20), first));
        assertEquals(LocalDate.of(2026, 10, 20), third.dueOn());
        assertEquals("third", third.ordinal());
    }

    @Test
    void reviewsBeforeThePeriodBeganBelongToAnEarlierPeriod() {
        LocalDate start = LocalDate.of(2026, 6, 1);
        assertEquals(rules.lookedAfter(start, List.of()),
                rules.lookedAfter(start, List.of(LocalDate.of(2026, 5, 29))));
    }

    @Test
    void theFirstChildProtectionReviewIsThreeMonthsAfterTheInitialConference() {
        assertEquals(LocalDate.of(2027, 4, 30), rules.childProtection(LocalDate.of(2027, 1, 31), List.of()).dueOn());
        assertEquals(LocalDate.of(2027, 2, 28), rules.childProtection(LocalDate.of(2026, 11, 30), List.of()).dueOn());
        assertEquals(LocalDate.of(2028, 2, 29), rules.childProtection(LocalDate.of(2027, 11, 30), List.of()).dueOn(),
                "a leap year's February");
    }

    @Test
    void laterChildProtectionReviewsAreSixMonthsAfterThePreviousOne() {
        LocalDate icpc = LocalDate.of(2026, 3, 2);
        ReviewDueDates.Due due = rules.childProtection(icpc, List.of(LocalDate.of(2026, 5, 28), LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), due.dueOn(), "6 months from 31 August ends on 28 February");
        assertEquals(3, due.number());
    }

    @Test
    void aReviewIsOverdueOnlyAfterItsDueDay() {
        ReviewDueDates.Due due = rules.childProtection(LocalDate.of(2026, 1, 10), List.of());
        assertFalse(due.isOverdueOn(LocalDate.of(2026, 4, 10)));
        assertTrue(due.isOverdueOn(LocalDate.of(2026, 4, 11)));
    }
}
