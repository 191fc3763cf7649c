package org.harbour.continuingcare.packages.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What each funder pays per week on one day, package by package: each package running that day
 * counts once, shared by the split in force then; a running package with no split in force is
 * counted as unsplit, since someone must still agree who pays. Sums are kept exact; the caller
 * rounds what it shows.
 */
public class FunderTally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LocalDate on;
    private int packages;
    private BigDecimal health = BigDecimal.ZERO;
    private BigDecimal socialCare = BigDecimal.ZERO;
    private BigDecimal education = BigDecimal.ZERO;
    private BigDecimal unsplit = BigDecimal.ZERO;

    public FunderTally(LocalDate on) {
        this.on = on;
    }

    /** Counts the package if it runs on the day, by whichever of its splits is in force then. */
    public void add(CarePackage p, List<FundingSplit> splits) {
        if (!p.isActiveOn(on)) {
            return;
        }
        packages++;
        BigDecimal weekly = p.getWeeklyCost();
        FundingSplit split = splits.stream().filter(s -> s.isEffectiveOn(on)).findFirst().orElse(null);
        if (split == null) {
            unsplit = unsplit.add(weekly);
            return;
        }
        health = health.add(weekly.multiply(split.getHealth()).divide(HUNDRED));
        socialCare = socialCare.add(weekly.multiply(split.getSocialCare()).divide(HUNDRED));
        education = education.add(weekly.multiply(split.getEducation()).divide(HUNDRED));
    }

    public LocalDate getOn() {
        return on;
    }

    public int getPackages() {
        return packages;
    }

    public BigDecimal getHealthWeekly() {
        return health;
    }

    public BigDecimal getSocialCareWeekly() {
        return socialCare;
    }

    public BigDecimal getEducationWeekly() {
        return education;
    }

    public BigDecimal getUnsplitWeekly() {
        return unsplit;
    }
}
