package org.harbour.continuingcare.packages.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A package's first review falls some months after it starts, every later one a year after the latest. */
class ReviewScheduleTest {

    @Test
    void theFirstReviewIsTheSetMonthsAfterTheStart() {
        assertEquals(LocalDate.of(2026, 4, 15), ReviewSchedule.nextDue(LocalDate.of(2026, 1, 15), null, 3));
        assertEquals(LocalDate.of(2026, 7, 15), ReviewSchedule.nextDue(LocalDate.of(2026, 1, 15), null, 6));
    }

    @Test
    void aStartAtTheEndOfAMonthGivesTheEndOfTheShorterMonth() {
        assertEquals(LocalDate.of(2027, 2, 28), ReviewSchedule.nextDue(LocalDate.of(2026, 11, 30), null, 3));
    }

    @Test
    void afterAReviewTheNextIsAYearLater() {
        assertEquals(LocalDate.of(2027, 5, 1), ReviewSchedule.nextDue(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 5, 1), 3));
        assertEquals(LocalDate.of(2029, 2, 28), ReviewSchedule.nextDue(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 2, 29), 3));
    }

    @Test
    void aMissingOrUnreadableSettingGivesThreeMonths() {
        assertEquals(3, ReviewSchedule.firstReviewMonths(null));
        assertEquals(3, ReviewSchedule.firstReviewMonths("three"));
        assertEquals(4, ReviewSchedule.firstReviewMonths(" 4 "));
    }
}
