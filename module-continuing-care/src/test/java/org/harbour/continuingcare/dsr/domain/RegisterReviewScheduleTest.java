package org.harbour.continuingcare.dsr.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A child on the register is reviewed every so many weeks; never reviewed, at once; off the register, not at all. */
class RegisterReviewScheduleTest {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    private final RegisterReviewSchedule everyTwelveWeeks = RegisterReviewSchedule.everyWeeks(12);

    private static RegisterEntry entry(LocalDate addedOn, LocalDate lastReview) {
        RegisterEntry e = new RegisterEntry(100, addedOn, "helen.ward");
        e.update(true, false, Rag.AMBER, "At risk without support.", lastReview, List.of(), "helen.ward", AT);
        return e;
    }

    @Test
    void theNextReviewIsTheSetWeeksAfterTheLast() {
        // 12 weeks = 84 days: 5 January + 84 days = 30 March 2026.
        assertEquals(LocalDate.of(2026, 3, 30), everyTwelveWeeks.nextDue(entry(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 5))));
    }

    @Test
    void aChildNeverReviewedIsDueFromTheDayTheyWereAdded() {
        assertEquals(LocalDate.of(2026, 2, 2), everyTwelveWeeks.nextDue(entry(LocalDate.of(2026, 2, 2), null)));
    }

    @Test
    void aChildWhoLeftTheRegisterIsDueNoReview() {
        RegisterEntry e = entry(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 5));
        e.close(LocalDate.of(2026, 2, 1), "Moved away.", "helen.ward", AT);
        assertNull(everyTwelveWeeks.nextDue(e));
        e.reopen(LocalDate.of(2026, 3, 1), "helen.ward");
        assertEquals(LocalDate.of(2026, 3, 30), everyTwelveWeeks.nextDue(e));
    }

    @Test
    void aMissingUnreadableOrNonPositiveSettingGivesTwelveWeeks() {
        assertEquals(12, RegisterReviewSchedule.fromSetting(null).getWeeks());
        assertEquals(12, RegisterReviewSchedule.fromSetting("twelve").getWeeks());
        assertEquals(12, RegisterReviewSchedule.fromSetting("0").getWeeks());
        assertEquals(12, RegisterReviewSchedule.fromSetting("-4").getWeeks());
        assertEquals(8, RegisterReviewSchedule.fromSetting(" 8 ").getWeeks());
        assertThrows(IllegalArgumentException.class, () -> RegisterReviewSchedule.everyWeeks(0));
    }
}
