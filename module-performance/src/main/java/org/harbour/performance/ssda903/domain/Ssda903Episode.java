package org.harbour.performance.ssda903.domain;

import java.time.LocalDate;

/**
 * One row of the SSDA903 Episodes table, in the DfE's fields: DECOM, RNE, LS, CIN, PLACE,
 * PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST and URN. {@code end} and
 * {@code reasonCeased} are null while the episode is open on the last day of the year. The
 * episode's period of care is named so that a finding about the period (its category of need)
 * links to the period's page. {@code startedInYear} says whether DECOM falls inside the collection year.
 */
public record Ssda903Episode(long episodeId, long periodId, LocalDate start, String reasonNewEpisode, String legalStatus,
                             String categoryOfNeed, String placement, String provider, LocalDate end,
                             String reasonCeased, String reasonPlaceChange, String homePostcode,
                             String placementPostcode, String urn, boolean startedInYear) {
}
