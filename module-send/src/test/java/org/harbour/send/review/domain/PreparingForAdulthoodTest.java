package org.harbour.send.review.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A review meeting on Monday 2 March 2026, in the school year 2025/26. */
class PreparingForAdulthoodTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 3, 2);

    private static AnnualReview reviewOfChildBorn(LocalDate born) {
        AnnualReview r = new AnnualReview(1L, 2L, LocalDate.of(2026, 3, 10), MEETING, "grace.lee", Instant.EPOCH);
        r.heldInSchoolYearOf(born);
        return r;
    }

    @Test
    void aReviewInYear9LooksAtTheFourAreasUntilAllAreRecorded() {
        AnnualReview r = reviewOfChildBorn(LocalDate.of(2012, 8, 31));
        assertEquals(9, r.getSchoolYear());
        assertTrue(r.preparesForAdulthood());
        assertEquals(EnumSet.allOf(AdulthoodArea.class), r.adulthoodOutstanding());

        r.adulthoodDiscussed(List.of(AdulthoodArea.EMPLOYMENT, AdulthoodArea.HEALTH));
        assertEquals(Set.of(AdulthoodArea.EMPLOYMENT, AdulthoodArea.HEALTH), r.adulthoodAreas());
        assertEquals(Set.of(AdulthoodArea.INDEPENDENT_LIVING, AdulthoodArea.COMMUNITY), r.adulthoodOutstanding());

        r.adulthoodDiscussed(List.of(AdulthoodArea.values()));
        assertTrue(r.adulthoodOutstanding().isEmpty());
    }

    @Test
    void aReviewInYear8HasNoPreparingForAdulthoodToRecord() {
        AnnualReview r = reviewOfChildBorn(LocalDate.of(2012, 9, 1));
        assertEquals(8, r.getSchoolYear());
        assertFalse(r.preparesForAdulthood());
        assertTrue(r.adulthoodOutstanding().isEmpty());
        assertThrows(IllegalStateException.class, () -> r.adulthoodDiscussed(List.of(AdulthoodArea.HEALTH)));
    }

    @Test
    void withoutADateOfBirthTheYearIsNotKnown() {
        AnnualReview r = reviewOfChildBorn(null);
        assertFalse(r.preparesForAdulthood());
        assertThrows(IllegalStateException.class, () -> r.adulthoodDiscussed(List.of()));
    }
}
