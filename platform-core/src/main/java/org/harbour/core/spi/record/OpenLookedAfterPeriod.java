package org.harbour.core.spi.record;

import java.time.LocalDate;

/**
 * What starts a looked-after period, in SSDA903 terms: the day (DECOM), the legal status (LS, e.g.
 * {@code J1} remanded to local authority accommodation, {@code V2} accommodated under section 20),
 * the placement type (PLACE, e.g. {@code U4} foster placement, {@code K2} secure children's home),
 * its provider (PLACE_PROVIDER, e.g. {@code PR1} own provision) and, if known, the placement's
 * postcode (PL_POST) and the category of need that brought the child into care (CIN, N1-N8).
 */
public record OpenLookedAfterPeriod(long personId, LocalDate startDate, String legalStatus, String placementType,
                                    String placementProvider, String placementPostcode, String categoryOfNeed) {

    /** A period whose category of need is recorded later, on the period's page. */
    public OpenLookedAfterPeriod(long personId, LocalDate startDate, String legalStatus, String placementType,
                                 String placementProvider, String placementPostcode) {
        this(personId, startDate, legalStatus, placementType, placementProvider, placementPostcode, null);
    }
}
