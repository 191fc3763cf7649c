package org.harbour.performance.ssda903.domain;

import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.casedata.WorkerEpisodeRow;

import org.harbour.core.spi.returns.ReturnPeriod;

import java.time.LocalDate;
import java.util.List;

/**
 * One child of the SSDA903 for a collection year: the Header fields, the episodes open on any day
 * of the year in date order, the looked-after reviews held in the year and, for a care leaver
 * whose 17th to 21st birthday falls in the year, the OC3 outcome; then what the practitioner
 * recorded on the looked-after page: the child's standing facts (null when nothing is recorded),
 * the health and wellbeing of the year (null when not recorded), the missing and away episodes
 * touching the year, the social workers who held the child's case in the year (SWEpisodes), and
 * whether OC2 asks about the child (looked after for twelve months on 31 March).
 * The child is named in the return by the authority's own child id (the person id), never by name.
 */
public record Ssda903Child(long childId, LocalDate dateOfBirth, String sex, String ethnicity, String upn,
                           List<Ssda903Episode> episodes, List<Ssda903Review> reviews, CareLeaverOutcome careLeaver,
                           LookedAfterStatusRow status, HealthOutcomeRow health, List<MissingEpisodeRow> missing,
                           boolean inOc2, List<WorkerEpisodeRow> workers) {

    public Ssda903Child {
        episodes = List.copyOf(episodes);
        reviews = List.copyOf(reviews);
        missing = List.copyOf(missing);
        workers = List.copyOf(workers);
    }

    /** Whether the child is in the Episodes table (a care leaver may be in OC3 alone). */
    public boolean lookedAfterInYear() {
        return !episodes.isEmpty();
    }

    /** Whether the child started to be looked after in the year (an episode with RNE S), when PrevPerm asks about them. */
    public boolean startedInYear() {
        return episodes.stream().anyMatch(e -> "S".equals(e.reasonNewEpisode()) && e.startedInYear());
    }

    /** Whether the child was an unaccompanied asylum-seeking child on any day of the year, when UASC asks about them. */
    public boolean uascIn(ReturnPeriod period) {
        return lookedAfterInYear() && uascBetween(period.start(), period.end());
    }

    /**
     * Whether the child was an unaccompanied asylum-seeking child on any day between the two dates,
     * both included, whether or not looked after then (rule 164 looks at this and the two years before).
     */
    public boolean uascBetween(LocalDate from, LocalDate to) {
        return status != null && status.uascFrom() != null && !status.uascFrom().isAfter(to)
                && (status.uascCeased() == null || !status.uascCeased().isBefore(from));
    }

    /**
     * Whether a decision that the child should be placed for adoption stood on any day of the year,
     * when PlacedAdoption asks about them.
     */
    public boolean adoptionDecisionIn(ReturnPeriod period) {
        return lookedAfterInYear() && status != null && status.adoptionDecidedOn() != null
                && !status.adoptionDecidedOn().isAfter(period.end())
                && (status.adoptionStoppedOn() == null || !status.adoptionStoppedOn().isBefore(period.start()));
    }

    /** Whether an episode ended in the year by adoption (REC E11 or E12), when AD1 asks about them. */
    public boolean adoptedInYear() {
        return episodes.stream().anyMatch(e -> "E11".equals(e.reasonCeased()) || "E12".equals(e.reasonCeased()));
    }
}
