package org.harbour.send.timescale.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolYearTest {

    @Test
    void aChildIsPlacedByTheirAgeOnThe31stOfAugustBeforeTheSchoolYear() {
        // Born 31 August 2012: 13 on 31 August 2025, so in Year 9 through the school year 2025/26.
        assertEquals(9, SchoolYear.of(LocalDate.of(2012, 8, 31), LocalDate.of(2026, 3, 1)));
        // Born a day later, 1 September 2012: 12 on 31 August 2025, so a year below.
        assertEquals(8, SchoolYear.of(LocalDate.of(2012, 9, 1), LocalDate.of(2026, 3, 1)));
        // ... and in Year 9 from 1 September 2026.
        assertEquals(8, SchoolYear.of(LocalDate.of(2012, 9, 1), LocalDate.of(2026, 8, 31)));
        assertEquals(9, SchoolYear.of(LocalDate.of(2012, 9, 1), LocalDate.of(2026, 9, 1)));
    }

    @Test
    void receptionAtFourAndYearThirteenAtSeventeen() {
        assertEquals(SchoolYear.RECEPTION, SchoolYear.of(LocalDate.of(2021, 9, 1), LocalDate.of(2026, 9, 10)));
        assertEquals(13, SchoolYear.of(LocalDate.of(2008, 9, 1), LocalDate.of(2026, 10, 1)));
        assertEquals("Reception", SchoolYear.label(0));
        assertEquals("Year 9", SchoolYear.label(9));
        assertEquals("Beyond Year 13, aged 19 at the start of the school year", SchoolYear.label(15));
    }

    @Test
    void preparingForAdulthoodFromYear9() {
        assertTrue(SchoolYear.preparingForAdulthood(LocalDate.of(2012, 8, 31), LocalDate.of(2026, 3, 1)));
        assertFalse(SchoolYear.preparingForAdulthood(LocalDate.of(2012, 9, 1), LocalDate.of(2026, 3, 1)));
        assertFalse(SchoolYear.preparingForAdulthood(null, LocalDate.of(2026, 3, 1)), "no date of birth");
    }
}
