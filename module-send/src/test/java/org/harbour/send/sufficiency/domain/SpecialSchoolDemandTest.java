package org.harbour.send.sufficiency.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecialSchoolDemandTest {

    private static List<SpecialSchoolDemand.Pupil> pupils(String need, int age, int n) {
        return java.util.Collections.nCopies(n, new SpecialSchoolDemand.Pupil(need, age));
    }

    @Test
    void placesByNeedAndAgeGrowByTheSameShareEachYear() {
        List<SpecialSchoolDemand.Pupil> all = new java.util.ArrayList<>(pupils("Autistic spectrum disorder", 8, 40));
        all.addAll(pupils("Autistic spectrum disorder", 13, 20));
        all.addAll(pupils("Severe learning difficulty", 17, 10));
        SpecialSchoolDemand demand = new SpecialSchoolDemand(all, new BigDecimal("10"), 3);

        assertEquals(3, demand.lines().size());
        SpecialSchoolDemand.Line primaryAutism = demand.lines().get(0);
        assertEquals(SpecialSchoolDemand.AgeBand.PRIMARY, primaryAutism.band());
        // 40 x 1.1 = 44, x 1.21 = 48.4 -> 48, x 1.331 = 53.24 -> 53
        assertEquals(List.of(40, 44, 48, 53), primaryAutism.places());
        assertEquals(List.of(20, 22, 24, 27), demand.lines().get(1).places(), "20 x 1.331 = 26.62 -> 27");
        assertEquals(SpecialSchoolDemand.AgeBand.POST_16, demand.lines().get(2).band());
        assertEquals(List.of(70, 77, 85, 93), demand.totals(), "70 x 1.331 = 93.17");
    }

    @Test
    void theCitysFiftyPerCentOverFiveYearsIsAboutEightPointFourAYear() {
        SpecialSchoolDemand demand = new SpecialSchoolDemand(pupils("Moderate learning difficulty", 12, 100), new BigDecimal("8.4"), 5);
        assertEquals(150, demand.totals().get(5), "100 x 1.084^5 = 149.7");
    }

    @Test
    void ageBandsFollowTheSchoolPhases() {
        assertEquals(SpecialSchoolDemand.AgeBand.PRIMARY, SpecialSchoolDemand.AgeBand.of(3));
        assertEquals(SpecialSchoolDemand.AgeBand.PRIMARY, SpecialSchoolDemand.AgeBand.of(10));
        assertEquals(SpecialSchoolDemand.AgeBand.SECONDARY, SpecialSchoolDemand.AgeBand.of(11));
        assertEquals(SpecialSchoolDemand.AgeBand.POST_16, SpecialSchoolDemand.AgeBand.of(19));
        assertEquals(SpecialSchoolDemand.AgeBand.POST_19, SpecialSchoolDemand.AgeBand.of(25));
    }

    @Test
    void theScenarioStaysWithinSensibleBounds() {
        assertThrows(IllegalArgumentException.class, () -> new SpecialSchoolDemand(List.of(), new BigDecimal("101"), 5));
        assertThrows(IllegalArgumentException.class, () -> new SpecialSchoolDemand(List.of(), new BigDecimal("5"), 11));
        assertThrows(IllegalArgumentException.class, () -> new SpecialSchoolDemand(List.of(), new BigDecimal("5"), 0));
        assertEquals(List.of(0, 0), new SpecialSchoolDemand(List.of(), BigDecimal.ZERO, 1).totals());
    }

    @Test
    void transportIsMeasuredAgainstItsTargetSpend() {
        TransportTarget over = new TransportTarget(new BigDecimal("1250000"), new BigDecimal("1000000"));
        assertFalse(over.onTarget());
        assertEquals(new BigDecimal("250000.00"), over.overTarget());
        assertEquals(new BigDecimal("20.0"), over.savingStillNeededPercent());
        TransportTarget under = new TransportTarget(new BigDecimal("900000"), new BigDecimal("1000000"));
        assertTrue(under.onTarget());
        assertEquals(new BigDecimal("0.0"), under.savingStillNeededPercent());
        assertThrows(IllegalArgumentException.class, () -> new TransportTarget(BigDecimal.ONE, new BigDecimal("-1")));
    }
}
