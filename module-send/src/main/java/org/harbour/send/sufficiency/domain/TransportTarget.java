package org.harbour.send.sufficiency.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Home to school transport spend a year against the council's target spend (its savings plan):
 * how far over or under the target it is and the share of today's spend still to be saved.
 */
public record TransportTarget(BigDecimal spend, BigDecimal target) {

    public TransportTarget {
        if (spend == null || spend.signum() < 0 || target == null || target.signum() < 0) {
            throw new IllegalArgumentException("Spend and target are amounts of 0 or more.");
        }
    }

    /** Spend less the target: above nothing, the saving still to find. */
    public BigDecimal overTarget() {
        return spend.subtract(target).setScale(2, RoundingMode.HALF_UP);
    }

    public boolean onTarget() {
        return spend.compareTo(target) <= 0;
    }

    /** The saving still to find as a share of today's spend, in per cent to one place; 0 when on target. */
    public BigDecimal savingStillNeededPercent() {
        if (onTarget() || spend.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return overTarget().multiply(BigDecimal.valueOf(100)).divide(spend, 1, RoundingMode.HALF_UP);
    }
}
