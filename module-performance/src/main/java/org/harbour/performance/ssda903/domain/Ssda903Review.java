package org.harbour.performance.ssda903.domain;

import java.time.LocalDate;

/** One row of the Reviews table: the review (its activity id, for the link), the day held and REVIEW_CODE (null when not recorded). */
public record Ssda903Review(long reviewId, LocalDate held, String participationCode) {
}
