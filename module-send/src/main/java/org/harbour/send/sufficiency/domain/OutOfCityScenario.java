package org.harbour.send.sufficiency.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The commissioners' model of bringing out-of-city placements home: from the places out of the city
 * today to a target, each place brought back saving the difference between the average out-of-city
 * cost and the cost of a place in the city. The city's own case was 62 down to 12, about 2.8 million
 * pounds a year (50 places at about 56,000 pounds each). A target above today's count saves nothing.
 */
public record OutOfCityScenario(int outOfCityToday, int target, BigDecimal averageOutOfCityCost, BigDecimal inCityPlaceCost) {

    public OutOfCityScenario {
        if (target < 0) {
            throw new IllegalArgumentException("The target is a number of places, 0 or more.");
        }
        if (averageOutOfCityCost.signum() < 0 || inCityPlaceCost.signum() < 0) {
            throw new IllegalArgumentException("Costs are 0 or more.");
        }
    }

    /** The places brought back into the city. */
    public int placesBroughtBack() {
        return Math.max(0, outOfCityToday - target);
    }

    /** What each place brought back saves a year (nothing when a city place costs as much or more). */
    public BigDecimal savingPerPlace() {
        BigDecimal difference = averageOutOfCityCost.subtract(inCityPlaceCost);
        return difference.signum() > 0 ? difference.setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
    }

    /** The saving a year. */
    public BigDecimal annualSaving() {
        return savingPerPlace().multiply(BigDecimal.valueOf(placesBroughtBack())).setScale(2, RoundingMode.HALF_UP);
    }

    /** The out-of-city spend a year once the target is met, at today's average cost. */
    public BigDecimal outOfCitySpendAtTarget() {
        return averageOutOfCityCost.multiply(BigDecimal.valueOf(Math.min(target, outOfCityToday))).setScale(2, RoundingMode.HALF_UP);
    }
}
