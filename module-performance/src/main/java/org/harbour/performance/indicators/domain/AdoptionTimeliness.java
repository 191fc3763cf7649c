package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DfE's adoption scorecard timeliness measures (Adoption scorecards, methodology and guidance):
 * averages in days over the children adopted in the three years to month end, a child being adopted
 * on the day the looked-after episode ended with reason E11 or E12.
 * <ul>
 *   <li>A1: from entering care (the start of the period of care that ended in adoption) to moving in
 *       with the adoptive family (the start of the first placement for adoption, A3-A6, of that
 *       period; else the date placed for adoption recorded);</li>
 *   <li>A10: A1 adjusted for foster carer adoptions: a child adopted by their foster carer moved in
 *       with the adoptive family when the foster placement that became the adoptive one began;</li>
 *   <li>A2: from the court's authority to place (placement order) to the decision on a match with an
 *       adoptive family; a child with either date unrecorded is left out.</li>
 * </ul>
 */
public final class AdoptionTimeliness extends ComputedIndicator<AdoptionTimeliness.Rows> {

    public enum Measure { A1, A2, A10 }

    private static final Set<String> ADOPTED = Set.of("E11", "E12");
    private static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");

    /** Periods of care of the three years, their episodes with the reasons they ended, the adoption records. */
    public record Rows(List<InvolvementRow> periods, List<EpisodeDetailRow> episodes,
                       Map<Long, LookedAfterStatusRow> statuses) {
    }

    private final Measure measure;

    public AdoptionTimeliness(IndicatorDefinition definition, Measure measure) {
        super(definition);
        this.measure = measure;
    }

    static LocalDate threeYearsStart(YearMonth month) {
        return month.atEndOfMonth().minusYears(3).plusDays(1);
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        return LookedAfterReads.shared(queries, "adoptions " + window, () -> readAdoptions(queries, window));
    }

    private static List<Rows> readAdoptions(CaseDataQueries queries, Window window) throws SQLException {
        List<InvolvementRow> periods = queries.involvementsOverlapping("LOOKED_AFTER",
                threeYearsStart(window.first()), window.to());
        List<EpisodeDetailRow> episodes = LookedAfterReads.episodeDetails(queries, periods);
        Set<Long> adopted = episodes.stream().filter(e -> adopted(e))
                .map(EpisodeDetailRow::personId).collect(Collectors.toSet());
        return List.of(new Rows(periods, episodes, LookedAfterReads.statuses(queries, adopted)));
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        LocalDate from = threeYearsStart(month);
        LocalDate end = month.atEndOfMonth();
        Tally tally = new Tally().expectingDenominator();
        for (Rows rows : reads) {
            Map<Long, InvolvementRow> periods = rows.periods().stream()
                    .collect(Collectors.toMap(InvolvementRow::id, Function.identity(), (a, b) -> a));
            Map<Long, List<EpisodeDetailRow>> byPeriod = rows.episodes().stream()
                    .sorted(Comparator.comparing(EpisodeDetailRow::start).thenComparingLong(EpisodeDetailRow::id))
                    .collect(Collectors.groupingBy(EpisodeDetailRow::periodId));
            rows.episodes().stream()
                    .filter(e -> adopted(e) && e.end() != null && !e.end().isBefore(from)
                            && !e.end().isAfter(end))
                    .sorted(Comparator.comparing(EpisodeDetailRow::end).thenComparingLong(EpisodeDetailRow::id))
                    .forEach(adoption -> count(tally, adoption, periods.get(adoption.periodId()),
                            byPeriod.getOrDefault(adoption.periodId(), List.of()),
                            rows.statuses().get(adoption.personId())));
        }
        return tally;
    }

    private void count(Tally tally, EpisodeDetailRow adoption, InvolvementRow period, List<EpisodeDetailRow> episodes,
                       LookedAfterStatusRow status) {
        String what = "Adopted " + LookedAfterReads.date(adoption.end());
        if (measure == Measure.A2) {
            LocalDate order = status == null ? null : status.placementOrderOn();
            LocalDate matched = status == null ? null : status.adoptionMatchedOn();
            if (order != null && matched != null) {
                tally.measured(adoption.personId(), what, adoption.end(), "Placement order "
                        + LookedAfterReads.date(order) + ", matched " + LookedAfterReads.date(matched),
                        ChronoUnit.DAYS.between(order, matched));
            }
            return;
        }
        if (period == null) {
            return;
        }
        LocalDate movedIn = movedIn(episodes, status, measure == Measure.A10);
        if (movedIn == null) {
            return;
        }
        tally.measured(adoption.personId(), what, adoption.end(), "Entered care " + LookedAfterReads.date(period.start())
                + ", moved in " + LookedAfterReads.date(movedIn), ChronoUnit.DAYS.between(period.start(), movedIn));
    }

    // Immutable sets refuse a null lookup: an episode with no REC or placement recorded is neither.
    private static boolean adopted(EpisodeDetailRow episode) {
        return episode.reasonCeased() != null && ADOPTED.contains(episode.reasonCeased());
    }

    private static boolean placedForAdoption(EpisodeDetailRow episode) {
        return episode.placementType() != null && PLACED_FOR_ADOPTION.contains(episode.placementType());
    }

    /** When the child moved in with the adoptive family; for A10, with the foster carer who adopted. */
    static LocalDate movedIn(List<EpisodeDetailRow> episodes, LookedAfterStatusRow status, boolean adjusted) {
        for (int i = 0; i < episodes.size(); i++) {
            if (!placedForAdoption(episodes.get(i))) {
                continue;
            }
            int first = i;
            if (adjusted && status != null && status.adoptedByFosterCarer()) {
                while (first > 0 && PlacementStability.continuesPlacement(LookedAfterReads.counting(episodes.get(first)))) {
                    first--;
                }
            }
            return episodes.get(first).start();
        }
        return status == null ? null : status.placedForAdoptionOn();
    }
}
