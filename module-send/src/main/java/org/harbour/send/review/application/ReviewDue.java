package org.harbour.send.review.application;

import java.time.LocalDate;

/** An active plan whose annual review meeting is due (or overdue), for the due list. */
public record ReviewDue(long planId, long personId, String name, LocalDate lastReviewOn, LocalDate dueOn, boolean overdue) {
}
