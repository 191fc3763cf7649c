package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.casedata.ReviewRow;
import org.harbour.core.spi.casedata.WorkerEpisodeRow;

import java.util.List;

/**
 * What core records that the SSDA903 of one year is made from: the placement episodes of every
 * child looked after on any day of the year (their whole history, so each period's start is
 * known), their looked-after periods (for the category of need and OC2's twelve months), the
 * reviews held in the year, the care leaver records open in the year, the persons of all of them,
 * and the practitioner's looked-after records: missing and away episodes, the year's health and
 * wellbeing, each child's UASC, mother, previous permanence and adoption facts, and the
 * allocations of their cases to social workers.
 */
public record Ssda903Records(List<EpisodeDetailRow> episodes, List<InvolvementDetailRow> periods,
                             List<ReviewRow> reviews, List<InvolvementDetailRow> careLeavers,
                             List<PersonRecordRow> persons, List<MissingEpisodeRow> missing,
                             List<HealthOutcomeRow> health, List<LookedAfterStatusRow> statuses,
                             List<WorkerEpisodeRow> workers) {

    /** The records without any of the practitioner's looked-after records. */
    public Ssda903Records(List<EpisodeDetailRow> episodes, List<InvolvementDetailRow> periods,
                          List<ReviewRow> reviews, List<InvolvementDetailRow> careLeavers,
                          List<PersonRecordRow> persons) {
        this(episodes, periods, reviews, careLeavers, persons, List.of(), List.of(), List.of(), List.of());
    }

    public Ssda903Records with(List<MissingEpisodeRow> missing, List<HealthOutcomeRow> health,
                               List<LookedAfterStatusRow> statuses) {
        return new Ssda903Records(episodes, periods, reviews, careLeavers, persons, missing, health, statuses, workers);
    }

    /** The records with the allocations of the children's cases to social workers (SWEpisodes). */
    public Ssda903Records withWorkers(List<WorkerEpisodeRow> workers) {
        return new Ssda903Records(episodes, periods, reviews, careLeavers, persons, missing, health, statuses, workers);
    }
}
