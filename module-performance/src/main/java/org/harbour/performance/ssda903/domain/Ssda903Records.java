package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.casedata.ReviewRow;

import java.util.List;

/**
 * What core records that the SSDA903 of one year is made from: the placement episodes of every
 * child looked after on any day of the year (their whole history, so each period's start is
 * known), their looked-after periods (for the category of need), the reviews held in the year, the care
 * leaver records open in the year, and the persons of all of them.
 */
public record Ssda903Records(List<EpisodeDetailRow> episodes, List<InvolvementDetailRow> periods,
                             List<ReviewRow> reviews, List<InvolvementDetailRow> careLeavers,
                             List<PersonRecordRow> persons) {
}
