package org.harbour.core.spi.casedata;

import java.time.LocalDate;
import java.util.Set;

/**
 * One SSDA903 placement episode: its period, child, dates and codes (RNE, PLACE, PLACE_PROVIDER,
 * LS). Legal status is null where a caller built the row without it.
 */
public record EpisodeRow(long id, long periodId, long personId, LocalDate start, LocalDate end,
                         String reasonNewEpisode, String placementType, String placementProvider, String legalStatus) {

    /** Legal statuses of an agreed series of short-term placements (short breaks), which the DfE leaves out of its counts. */
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    public EpisodeRow(long id, long periodId, long personId, LocalDate start, LocalDate end, String reasonNewEpisode,
                      String placementType, String placementProvider) {
        this(id, periodId, personId, start, end, reasonNewEpisode, placementType, placementProvider, null);
    }

    /** Open at the end of the day: started by then and not ended on or before it. */
    public boolean openAt(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    /** Whether any day of the episode falls between the two dates, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    /**
     * Looked after under an agreed series of short-term placements (legal status V3 or V4): the DfE's
     * children looked after, entrants, leavers and placement measures leave these episodes out.
     */
    public boolean shortBreak() {
        return legalStatus != null && SHORT_BREAKS.contains(legalStatus);
    }
}
