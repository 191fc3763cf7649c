package org.harbour.performance.ssda903;

import org.harbour.core.spi.casedata.EpisodeDetailRow;

import java.math.BigDecimal;
import java.util.List;

/**
 * Test episodes placed where the DfE's rules on a placement's location are kept: inside the
 * authority's own area ({@link #OWN_AUTHORITY}), a few miles from home. A short break (V3, V4) keeps
 * no placement location.
 */
final class Placed {

    /** The authority the tests' returns are made for. */
    static final String OWN_AUTHORITY = "999";

    private Placed() {
    }

    static EpisodeDetailRow nearby(EpisodeDetailRow e) {
        if ("V3".equals(e.legalStatus()) || "V4".equals(e.legalStatus())) {
            return e;
        }
        return new EpisodeDetailRow(e.id(), e.periodId(), e.personId(), e.start(), e.end(), e.legalStatus(),
                e.placementType(), e.placementProvider(), e.reasonNewEpisode(), e.reasonCeased(),
                e.reasonPlaceChange(), e.placementPostcode(), OWN_AUTHORITY, "IN", new BigDecimal("3.5"));
    }

    static List<EpisodeDetailRow> nearby(List<EpisodeDetailRow> episodes) {
        return episodes.stream().map(Placed::nearby).toList();
    }
}
