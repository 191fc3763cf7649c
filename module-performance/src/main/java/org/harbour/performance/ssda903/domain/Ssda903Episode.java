package org.harbour.performance.ssda903.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the SSDA903 Episodes table, in the DfE's fields: DECOM, RNE, LS, CIN, PLACE,
 * PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST and URN; with PL_LA, PL_LOCATION
 * and PL_DISTANCE, the fields the DfE works out from the postcodes and checks (rules 164, 169, 179,
 * 411, 1015), here as the practitioner recorded them. {@code end} and {@code reasonCeased} are null
 * while the episode is open on the last day of the year. The episode's period of care is named so
 * that a finding about the period (its category of need) links to the period's page.
 * {@code startedInYear} says whether DECOM falls inside the collection year.
 */
public record Ssda903Episode(long episodeId, long periodId, LocalDate start, String reasonNewEpisode, String legalStatus,
                             String categoryOfNeed, String placement, String provider, LocalDate end,
                             String reasonCeased, String reasonPlaceChange, String homePostcode,
                             String placementPostcode, String urn, boolean startedInYear,
                             String placementLocalAuthority, String placementLocation, BigDecimal placementDistance) {

    /** An episode whose placement's authority, location and distance are not recorded. */
    public Ssda903Episode(long episodeId, long periodId, LocalDate start, String reasonNewEpisode, String legalStatus,
                          String categoryOfNeed, String placement, String provider, LocalDate end,
                          String reasonCeased, String reasonPlaceChange, String homePostcode,
                          String placementPostcode, String urn, boolean startedInYear) {
        this(episodeId, periodId, start, reasonNewEpisode, legalStatus, categoryOfNeed, placement, provider, end,
                reasonCeased, reasonPlaceChange, homePostcode, placementPostcode, urn, startedInYear, null, null, null);
    }

    /** The same episode with where its placement is. */
    public Ssda903Episode placedIn(String localAuthority, String location, BigDecimal distance) {
        return new Ssda903Episode(episodeId, periodId, start, reasonNewEpisode, legalStatus, categoryOfNeed, placement,
                provider, end, reasonCeased, reasonPlaceChange, homePostcode, placementPostcode, urn, startedInYear,
                localAuthority, location, distance);
    }
}
