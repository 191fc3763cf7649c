package org.harbour.youthjustice.court.domain;

import java.time.LocalDate;

/**
 * When an order starts, when the child is released from custody (null for a community order and
 * for detention during His Majesty's pleasure) and its last day (null when it has none).
 */
public record SentenceTerm(LocalDate startsOn, LocalDate releaseOn, LocalDate endsOn) {

    /** The last day in custody, the day before release. */
    public LocalDate custodyEndsOn() {
        return releaseOn == null ? null : releaseOn.minusDays(1);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
