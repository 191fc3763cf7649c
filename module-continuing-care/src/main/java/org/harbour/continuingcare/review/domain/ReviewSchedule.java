package org.harbour.continuingcare.review.domain;

import java.time.LocalDate;

/**
 * When a package's next review is due: the first a set number of months after the package
 * starts (three by default), then at least once a year after the latest review.
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    public static LocalDate nextDue(LocalDate packageStart, LocalDate latestReview, int firstReviewMonths) {
        return latestReview == null ? packageStart.plusMonths(firstReviewMonths) : latestReview.plusYears(1);
    }
}
