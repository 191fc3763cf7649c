package org.harbour.continuingcare.dsr.domain;

import java.time.LocalDate;

/**
 * A child on the register has a multi-agency review at least every so many weeks (module
 * setting {@code dsr-review-weeks}, 12 by default); a child never reviewed is due from the day
 * they were added, and a child who has left the register is due none.
 */
public final class RegisterReviewSchedule {

    public static final int DEFAULT_WEEKS = 12;

    private final int weeks;

    private RegisterReviewSchedule(int weeks) {
        this.weeks = weeks;
    }

    public static RegisterReviewSchedule everyWeeks(int weeks) {
        if (weeks <= 0) {
            throw new IllegalArgumentException("A review interval is at least one week, not " + weeks);
        }
        return new RegisterReviewSchedule(weeks);
    }

    /** The interval a setting gives; a missing, unreadable or non-positive setting gives the default. */
    public static RegisterReviewSchedule fromSetting(String setting) {
        if (setting == null) {
            return everyWeeks(DEFAULT_WEEKS);
        }
        try {
            int weeks = Integer.parseInt(setting.trim());
            return everyWeeks(weeks > 0 ? weeks : DEFAULT_WEEKS);
        } catch (NumberFormatException e) {
            return everyWeeks(DEFAULT_WEEKS);
        }
    }

    public int getWeeks() {
        return weeks;
    }

    /** When the entry's next review is due, or null once the child has left the register. */
    public LocalDate nextDue(RegisterEntry entry) {
        return entry.isOpen() ? nextDue(entry.getLastReviewOn(), entry.getAddedOn()) : null;
    }

    public LocalDate nextDue(LocalDate lastReview, LocalDate addedOn) {
        return lastReview != null ? lastReview.plusWeeks(weeks) : addedOn;
    }
}
