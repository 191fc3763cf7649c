package org.harbour.pause.costs.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the cost-avoidance estimate is worked from, every figure editable: the local women, the
 * national evaluation's savings per year for its reference cohort, pregnancies avoided per woman
 * per year, and the local programme's costing for its length.
 */
public record CostInputs(int women, int referenceWomen, BigDecimal referenceSavingLow, BigDecimal referenceSavingHigh,
                         BigDecimal pregnanciesPerWomanLow, BigDecimal pregnanciesPerWomanHigh,
                         BigDecimal staffCost, BigDecimal programmeCost, BigDecimal localCost,
                         BigDecimal licenceShare, BigDecimal bespokeCost, int programmeMonths) {

    /** The city's figures: 20 women against the national evaluation's 125, an 18-month programme of GBP 450,000. */
    public static CostInputs cityDefaults() {
        return new CostInputs(20, 125, new BigDecimal("1200000"), new BigDecimal("2100000"),
                new BigDecimal("0.15"), new BigDecimal("0.30"),
                new BigDecimal("303322.50"), new BigDecimal("88950"), new BigDecimal("57727.50"),
                new BigDecimal("40875"), new BigDecimal("346000"), 18);
    }

    public CostInputs {
        requireAtLeast(women, 1, "women");
        requireAtLeast(referenceWomen, 1, "referenceWomen");
        requireAtLeast(programmeMonths, 1, "programmeMonths");
        for (BigDecimal amount : new BigDecimal[]{referenceSavingLow, referenceSavingHigh, pregnanciesPerWomanLow,
                pregnanciesPerWomanHigh, staffCost, programmeCost, localCost, licenceShare, bespokeCost}) {
            Objects.requireNonNull(amount, "Every figure is needed");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("Figures cannot be negative");
            }
        }
        if (referenceSavingLow.compareTo(referenceSavingHigh) > 0 || pregnanciesPerWomanLow.compareTo(pregnanciesPerWomanHigh) > 0) {
            throw new IllegalArgumentException("The low end of a range cannot be above its high end");
        }
        if (licenceShare.compareTo(programmeCost) > 0) {
            throw new IllegalArgumentException("The licence share is part of the programme cost and cannot exceed it");
        }
    }

    private static void requireAtLeast(int value, int least, String name) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least);
        }
    }
}
