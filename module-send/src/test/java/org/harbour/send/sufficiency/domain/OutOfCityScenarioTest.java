package org.harbour.send.sufficiency.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutOfCityScenarioTest {

    @Test
    void theCitysCaseFrom62To12SavesAbout2Point8MillionAYear() {
        // 50 places brought back at 81,000 out of the city against 25,000 in it: 50 x 56,000.
        OutOfCityScenario city = new OutOfCityScenario(62, 12, new BigDecimal("81000"), new BigDecimal("25000"));
        assertEquals(50, city.placesBroughtBack());
        assertEquals(new BigDecimal("56000.00"), city.savingPerPlace());
        assertEquals(new BigDecimal("2800000.00"), city.annualSaving());
        assertEquals(new BigDecimal("972000.00"), city.outOfCitySpendAtTarget());
    }

    @Test
    void aTargetAboveTodaysCountOrACityPlaceCostingMoreSavesNothing() {
        assertEquals(0, new OutOfCityScenario(10, 12, new BigDecimal("81000"), new BigDecimal("25000")).placesBroughtBack());
        assertEquals(new BigDecimal("0.00"),
                new OutOfCityScenario(62, 12, new BigDecimal("20000"), new BigDecimal("25000")).annualSaving());
        assertThrows(IllegalArgumentException.class, () -> new OutOfCityScenario(62, -1, BigDecimal.ONE, BigDecimal.ONE));
    }

    @Test
    void theFiguresCountUncostedPlacesWithoutTreatingThemAsFree() {
        List<Placement> placements = List.of(
                new Placement(1, "Oakwood Special School", "SPECIAL", "State-funded special school", true, new BigDecimal("24000"),
                        "TAXI", "Taxi", new BigDecimal("9000")),
                new Placement(1, "Oakwood Special School", "SPECIAL", "State-funded special school", true, new BigDecimal("24000"),
                        null, null, null),
                new Placement(2, "Fernhill Residential School", "INDEPENDENT_SPECIAL", "Independent special school", false,
                        new BigDecimal("120000"), "TAXI", "Taxi", new BigDecimal("15000.50")),
                new Placement(3, "Brambles Independent Special School", "INDEPENDENT_SPECIAL", "Independent special school", false,
                        null, "TRAVEL_TRAINING", "Travel training", new BigDecimal("1200")));

        PlacementFigures f = new PlacementFigures(placements);

        assertEquals(4, f.places());
        assertEquals(2, f.outOfCity());
        assertEquals(new BigDecimal("120000.00"), f.outOfCityCost());
        assertEquals(new BigDecimal("120000.00"), f.averageOutOfCityCost(), "over the one costed place, not two");
        assertEquals(new BigDecimal("24000.00"), f.averageInCityCost());
        assertEquals(new BigDecimal("25200.50"), f.transportCost());
        PlacementFigures.Line fernhill = f.bySetting().get(0);
        assertEquals("Fernhill Residential School", fernhill.label());
        PlacementFigures.Line brambles = f.bySetting().stream().filter(l -> l.key().equals("3")).findFirst().orElseThrow();
        assertEquals(1, brambles.uncosted());
        PlacementFigures.Line independent = f.byType().stream().filter(l -> l.key().equals("INDEPENDENT_SPECIAL")).findFirst().orElseThrow();
        assertEquals(2, independent.places());
        assertEquals(new BigDecimal("120000.00"), independent.cost());
        assertEquals(List.of("TAXI", "TRAVEL_TRAINING"), f.transportByMode().stream().map(PlacementFigures.Line::key).toList());
        assertEquals(new BigDecimal("24000.50"), f.transportByMode().get(0).cost());
    }
}
