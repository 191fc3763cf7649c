package org.harbour.send.register.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EducationSettingTest {

    private final EducationSetting school = new EducationSetting("Fernhill Residential School", "140123", null,
            SettingType.INDEPENDENT_SPECIAL, false, "system", Instant.EPOCH);

    @Test
    void aSettingOffersResidentialPlacesForTermTimeOrAllYearOrIsADaySetting() {
        assertFalse(school.isResidential(), "a day setting until its weeks are recorded");
        school.offersResidence(38, "amy", Instant.EPOCH);
        assertEquals(38, school.getResidentialWeeks());
        school.offersResidence(52, "amy", Instant.EPOCH);
        assertTrue(school.isResidential());
        school.offersResidence(null, "amy", Instant.EPOCH);
        assertNull(school.getResidentialWeeks());
    }

    @Test
    void residentialWeeksAreOneToFiftyTwoAYear() {
        assertThrows(IllegalArgumentException.class, () -> school.offersResidence(0, "amy", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> school.offersResidence(53, "amy", Instant.EPOCH));
        school.offersResidence(1, "amy", Instant.EPOCH);
        assertEquals(1, school.getResidentialWeeks());
    }
}
