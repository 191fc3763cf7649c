package org.harbour.continuingcare.packages.application;

import org.harbour.continuingcare.packages.domain.FunderTally;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** What each funder pays on a day for the packages running then, per week and per year. */
public class FunderTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate on;
    private final int packages;
    private final BigDecimal healthWeekly;
    private final BigDecimal socialCareWeekly;
    private final BigDecimal educationWeekly;
    private final BigDecimal unsplitWeekly;

    public FunderTotals(FunderTally tally) {
        this.on = tally.getOn();
        this.packages = tally.getPackages();
        this.healthWeekly = round(tally.getHealthWeekly());
        this.socialCareWeekly = round(tally.getSocialCareWeekly());
        this.educationWeekly = round(tally.getEducationWeekly());
        this.unsplitWeekly = round(tally.getUnsplitWeekly());
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal annual(BigDecimal weekly) {
        return weekly.multiply(BigDecimal.valueOf(52)).setScale(2, RoundingMode.HALF_UP);
    }

    public LocalDate getOn() {
        return on;
    }

    public int getPackages() {
        return packages;
    }

    public BigDecimal getHealthWeekly() {
        return healthWeekly;
    }

    public BigDecimal getSocialCareWeekly() {
        return socialCareWeekly;
    }

    public BigDecimal getEducationWeekly() {
        return educationWeekly;
    }

    /** Cost of running packages with no split in force: someone must still agree who pays. */
    public BigDecimal getUnsplitWeekly() {
        return unsplitWeekly;
    }

    public BigDecimal getHealthAnnual() {
        return annual(healthWeekly);
    }

    public BigDecimal getSocialCareAnnual() {
        return annual(socialCareWeekly);
    }

    public BigDecimal getEducationAnnual() {
        return annual(educationWeekly);
    }

    public BigDecimal getUnsplitAnnual() {
        return annual(unsplitWeekly);
    }
}
