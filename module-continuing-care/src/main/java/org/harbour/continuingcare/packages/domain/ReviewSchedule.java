package org.harbour.continuingcare.packages.domain;

import java.time.LocalDate;

/**
 * When a package's next review is due: the first a set number of months after the package
 * starts (module setting {@code first-review-months}, three by default), then at least once a
 * year after the latest review.
 */
public final class ReviewSchedule {

    public static final int DEFAULT_FIRST_REVIEW_MONTHS = 3;

    private ReviewSchedule() {
    }

    public static LocalDate nextDue(LocalDate packageStart, LocalDate latestReview, int firstReviewMonths) {
        return latestReview == null ? packageStart.plusMonths(firstReviewMonths) : latestReview.plusYears(1);
    }

    /** The months a setting gives; a missing or unreadable setting gives the default. */
    public static int firstReviewMonths(String setting) {
        if (setting == null) {
            return DEFAULT_FIRST_REVIEW_MONTHS;
        }
        try {
            return Integer.parseInt(setting.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_FIRST_REVIEW_MONTHS;
        }
    }
}
