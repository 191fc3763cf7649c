package org.harbour.pause.costs.application;

import org.harbour.pause.costs.domain.CostEstimate;

import java.io.Serializable;
import java.math.BigDecimal;

/** The estimate with getters, as pages (Jakarta EL reads no record accessors) and the API show it. */
public final class EstimateView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CostEstimate e;

    public EstimateView(CostEstimate estimate) {
        this.e = estimate;
    }

    public BigDecimal getSavingLow() { return e.savingLow(); }
    public BigDecimal getSavingHigh() { return e.savingHigh(); }
    public BigDecimal getPregnanciesLow() { return e.pregnanciesLow(); }
    public BigDecimal getPregnanciesHigh() { return e.pregnanciesHigh(); }
    public BigDecimal getProgrammeTotal() { return e.programmeTotal(); }
    public BigDecimal getAnnualCost() { return e.annualCost(); }
    public BigDecimal getCostPerWoman() { return e.costPerWoman(); }
    public BigDecimal getProgrammeWithoutLicence() { return e.programmeWithoutLicence(); }
    public BigDecimal getBespokeDifference() { return e.bespokeDifference(); }
    public BigDecimal getSavingPerWomanLow() { return e.savingPerWomanLow(); }
    public BigDecimal getSavingPerWomanHigh() { return e.savingPerWomanHigh(); }
}
