package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/** One placement episode with every SSDA903 Episodes field core records (LS, PLACE, PLACE_PROVIDER, RNE, REC, REASON_PLACE_CHANGE, PL_POST). */
public record EpisodeDetailRow(long id, long periodId, long personId, LocalDate start, LocalDate end,
                               String legalStatus, String placementType, String placementProvider,
                               String reasonNewEpisode, String reasonCeased, String reasonPlaceChange,
                               String placementPostcode) {

    /** Whether any day of the episode falls between the two dates, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
