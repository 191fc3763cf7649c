package org.harbour.send.letter.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppealRightsTest {

    @Test
    void theFamilyHaveTwoCalendarMonthsFromTheLetterToContactAMediationAdviserAndToAppeal() {
        LocalDate letter = LocalDate.of(2026, 3, 10);
        assertEquals(LocalDate.of(2026, 5, 10), AppealRights.mediationAdviceBy(letter));
        assertEquals(LocalDate.of(2026, 5, 10), AppealRights.appealBy(letter, null));
    }

    @Test
    void aLetterOnTheLastDayOfDecemberGivesTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2027, 2, 28), AppealRights.appealBy(LocalDate.of(2026, 12, 31), null));
        assertEquals(LocalDate.of(2028, 2, 29), AppealRights.appealBy(LocalDate.of(2027, 12, 31), null), "a leap year");
    }

    @Test
    void aLateMediationCertificateGivesOneMonthFromItsDate() {
        LocalDate letter = LocalDate.of(2026, 3, 10);
        // Certificate on 1 May: 1 June is after 10 May, so the family have until 1 June.
        assertEquals(LocalDate.of(2026, 6, 1), AppealRights.appealBy(letter, LocalDate.of(2026, 5, 1)));
        // Certificate on 20 March: 20 April is before 10 May, so the 2 months from the letter stand.
        assertEquals(LocalDate.of(2026, 5, 10), AppealRights.appealBy(letter, LocalDate.of(2026, 3, 20)));
    }
}
