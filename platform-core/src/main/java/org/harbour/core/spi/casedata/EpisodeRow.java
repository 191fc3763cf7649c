package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/** One SSDA903 placement episode: its period, child, dates and codes (RNE, PLACE, PLACE_PROVIDER). */
public record EpisodeRow(long id, long periodId, long personId, LocalDate start, LocalDate end,
                         String reasonNewEpisode, String placementType, String placementProvider) {

    /** Open at the end of the day: started by then and not ended on or before it. */
    public boolean openAt(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    /** Whether any day of the episode falls between the two dates, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
