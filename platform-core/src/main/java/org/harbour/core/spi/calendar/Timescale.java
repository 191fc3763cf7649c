package org.harbour.core.spi.calendar;

import java.io.Serializable;
import java.util.Objects;

/**
 * A statutory or local timescale: an amount of working days, calendar days, weeks or months,
 * e.g. "single assessment within 45 working days of referral".
 */
public final class Timescale implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Unit { WORKING_DAYS, DAYS, WEEKS, MONTHS }

    private final String name;
    private final int amount;
    private final Unit unit;

    public Timescale(String name, int amount, Unit unit) {
        if (amount < 0) {
            throw new IllegalArgumentException("A timescale cannot be negative: " + amount);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.amount = amount;
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    public static Timescale workingDays(String name, int amount) {
        return new Timescale(name, amount, Unit.WORKING_DAYS);
    }

    public static Timescale days(String name, int amount) {
        return new Timescale(name, amount, Unit.DAYS);
    }

    public static Timescale weeks(String name, int amount) {
        return new Timescale(name, amount, Unit.WEEKS);
    }

    public static Timescale months(String name, int amount) {
        return new Timescale(name, amount, Unit.MONTHS);
    }

    public String getName() {
        return name;
    }

    public int getAmount() {
        return amount;
    }

    public Unit getUnit() {
        return unit;
    }

    /** E.g. {@code 45 working days}. */
    public String getDescription() {
        String unitText = switch (unit) {
            case WORKING_DAYS -> amount == 1 ? "working day" : "working days";
            case DAYS -> amount == 1 ? "day" : "days";
            case WEEKS -> amount == 1 ? "week" : "weeks";
            case MONTHS -> amount == 1 ? "month" : "months";
        };
        return amount + " " + unitText;
    }
}
