package org.harbour.pause.costs.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The calculator against the city's paper, to the penny. */
class CostEstimateTest {

    private static final CostInputs CITY = CostInputs.cityDefaults();

    @Test
    void theProgrammeCostsItsThreePartsToThePenny() {
        CostEstimate estimate = CostEstimate.of(CITY);

        assertEquals(new BigDecimal("450000.00"), estimate.programmeTotal());
        assertEquals(new BigDecimal("409125.00"), estimate.programmeWithoutLicence(), "less the GBP 40,875 licence share");
        assertEquals(new BigDecimal("104000.00"), estimate.bespokeDifference(), "the bespoke option at GBP 346,000");
        assertEquals(new BigDecimal("300000.00"), estimate.annualCost());
        assertEquals(new BigDecimal("22500.00"), estimate.costPerWoman());
    }

    @Test
    void twentyWomenAvoidBetween192And336ThousandAYearAndThreeToSixPregnancies() {
        CostEstimate estimate = CostEstimate.of(CITY);

        assertEquals(new BigDecimal("192000.00"), estimate.savingLow());
        assertEquals(new BigDecimal("336000.00"), estimate.savingHigh());
        assertEquals(new BigDecimal("3.0"), estimate.pregnanciesLow());
        assertEquals(new BigDecimal("6.0"), estimate.pregnanciesHigh());
        assertEquals(new BigDecimal("9600.00"), estimate.savingPerWomanLow());
        assertEquals(new BigDecimal("16800.00"), estimate.savingPerWomanHigh());
    }

    @Test
    void theReferenceCohortOf125WomenGivesTheNationalFigures() {
        CostInputs national = new CostInputs(125, 125, CITY.referenceSavingLow(), CITY.referenceSavingHigh(),
                CITY.pregnanciesPerWomanLow(), CITY.pregnanciesPerWomanHigh(), CITY.staffCost(), CITY.programmeCost(),
                CITY.localCost(), CITY.licenceShare(), CITY.bespokeCost(), 18);

        CostEstimate estimate = CostEstimate.of(national);

        assertEquals(new BigDecimal("1200000.00"), estimate.savingLow());
        assertEquals(new BigDecimal("2100000.00"), estimate.savingHigh());
    }

    @Test
    void pencesRoundHalfUp() {
        CostInputs seven = new CostInputs(7, 125, CITY.referenceSavingLow(), CITY.referenceSavingHigh(),
                CITY.pregnanciesPerWomanLow(), CITY.pregnanciesPerWomanHigh(), CITY.staffCost(), CITY.programmeCost(),
                CITY.localCost(), CITY.licenceShare(), CITY.bespokeCost(), 18);

        CostEstimate estimate = CostEstimate.of(seven);

        assertEquals(new BigDecimal("67200.00"), estimate.savingLow());
        assertEquals(new BigDecimal("64285.71"), estimate.costPerWoman());
    }

    @Test
    void impossibleInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CostInputs(0, 125, BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, 18));
        assertThrows(IllegalArgumentException.class, () -> new CostInputs(20, 125, BigDecimal.TEN, BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, 18));
        assertThrows(IllegalArgumentException.class, () -> new CostInputs(20, 125, BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.ONE, 18));
    }
}
