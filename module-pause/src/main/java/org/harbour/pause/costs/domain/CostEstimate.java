package org.harbour.pause.costs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The estimate worked from {@link CostInputs}, in pounds and pence: savings and pregnancies
 * avoided a year scale with the women against the national reference cohort; the programme's
 * cost is the sum of its parts, of which the licence share is part of the programme line.
 */
public record CostEstimate(BigDecimal savingLow, BigDecimal savingHigh, BigDecimal pregnanciesLow,
                           BigDecimal pregnanciesHigh, BigDecimal programmeTotal, BigDecimal annualCost,
                           BigDecimal costPerWoman, BigDecimal programmeWithoutLicence, BigDecimal bespokeDifference,
                           BigDecimal savingPerWomanLow, BigDecimal savingPerWomanHigh) implements java.io.Serializable {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public static CostEstimate of(CostInputs in) {
        BigDecimal women = BigDecimal.valueOf(in.women());
        BigDecimal reference = BigDecimal.valueOf(in.referenceWomen());
        BigDecimal total = pounds(in.staffCost().add(in.programmeCost()).add(in.localCost()));
        return new CostEstimate(
                pounds(in.referenceSavingLow().multiply(women).divide(reference, 10, RoundingMode.HALF_UP)),
                pounds(in.referenceSavingHigh().multiply(women).divide(reference, 10, RoundingMode.HALF_UP)),
                in.pregnanciesPerWomanLow().multiply(women).setScale(1, RoundingMode.HALF_UP),
                in.pregnanciesPerWomanHigh().multiply(women).setScale(1, RoundingMode.HALF_UP),
                total,
                pounds(total.multiply(TWELVE).divide(BigDecimal.valueOf(in.programmeMonths()), 10, RoundingMode.HALF_UP)),
                pounds(total.divide(women, 10, RoundingMode.HALF_UP)),
                pounds(total.subtract(in.licenceShare())),
                pounds(total.subtract(in.bespokeCost())),
                pounds(in.referenceSavingLow().divide(reference, 10, RoundingMode.HALF_UP)),
                pounds(in.referenceSavingHigh().divide(reference, 10, RoundingMode.HALF_UP)));
    }

    private static BigDecimal pounds(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
