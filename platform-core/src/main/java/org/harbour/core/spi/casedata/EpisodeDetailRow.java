package org.harbour.core.spi.casedata;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One placement episode with every SSDA903 Episodes field core records (LS, PLACE, PLACE_PROVIDER, RNE,
 * REC, REASON_PLACE_CHANGE, PL_POST) and where the placement is: PL_LA (the DfE code of the local
 * authority it is in), PL_LOCATION ({@code IN} or {@code OUT} of the authority) and PL_DISTANCE (miles
 * from home, one decimal place), each null when not recorded.
 */
public record EpisodeDetailRow(long id, long periodId, long personId, LocalDate start, LocalDate end,
                               String legalStatus, String placementType, String placementProvider,
                               String reasonNewEpisode, String reasonCeased, String reasonPlaceChange,
                               String placementPostcode, String placementLocalAuthority, String placementLocation,
                               BigDecimal placementDistance) {

    /** An episode without where the placement is recorded. */
    public EpisodeDetailRow(long id, long periodId, long personId, LocalDate start, LocalDate end,
                            String legalStatus, String placementType, String placementProvider,
                            String reasonNewEpisode, String reasonCeased, String reasonPlaceChange,
                            String placementPostcode) {
        this(id, periodId, personId, start, end, legalStatus, placementType, placementProvider, reasonNewEpisode,
                reasonCeased, reasonPlaceChange, placementPostcode, null, null, null);
    }

    /** Whether any day of the episode falls between the two dates, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
