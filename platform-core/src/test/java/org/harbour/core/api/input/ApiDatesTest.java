package org.harbour.core.api.input;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiDatesTest {

    @Test
    void realDaysInRangeAreRead() {
        assertEquals(LocalDate.of(2024, 2, 29), ApiDates.parse("2024-02-29"));
        assertEquals(LocalDate.of(1900, 1, 1), ApiDates.parse(" 1900-01-01 "));
        assertEquals(LocalDate.of(2999, 12, 31), ApiDates.parse("2999-12-31"));
    }

    @Test
    void impossibleOrOutlandishDatesAreRefused() {
        for (String bad : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "+999999999-12-31",
                "-999999999-01-01", "0000-00-00", "1899-12-31", "3000-01-01", "2026-1-1", "31/12/2026",
                "2026-01-01T00:00:00Z", "", "２０２６-01-01"}) {
            assertThrows(DateTimeException.class, () -> ApiDates.parse(bad), bad);
            assertFalse(ApiDates.isValid(bad), bad);
        }
        assertFalse(ApiDates.isValid(null));
        assertTrue(ApiDates.isValid("2026-03-31"));
    }
}
