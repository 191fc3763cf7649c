package org.harbour.send.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.review.application.ReviewDue;
import org.harbour.send.review.application.ReviewService;
import org.harbour.send.review.application.ReviewView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs send/reviews.xhtml: annual reviews due in the next 8 weeks or overdue, and the phase
 * transfers whose amended plan must be issued before the move next September.
 */
@Named
@RequestScoped
public class ReviewsDuePage {

    private static final int WEEKS_AHEAD = 8;

    @Inject
    private ReviewService reviews;

    private List<ReviewDue> due;
    private List<ReviewView> transfers;

    public List<ReviewDue> getDue() {
        if (due == null) {
            due = reviews.due(WEEKS_AHEAD);
        }
        return due;
    }

    public long getOverdue() {
        return getDue().stream().filter(ReviewDue::overdue).count();
    }

    public List<ReviewView> getTransfers() {
        if (transfers == null) {
            transfers = reviews.transfersDue(getTransferYear());
        }
        return transfers;
    }

    /** Moves happen in September: until then this year's, afterwards next year's. */
    public int getTransferYear() {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        return today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
    }

    public int getWeeksAhead() {
        return WEEKS_AHEAD;
    }
}
