package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Children looked after at month end who had three or more placements in the twelve months up to
 * it, as a share of all children looked after at month end (the DfE's placement stability measure).
 * A placement is an episode in the year, except one that continues the placement before it: a
 * change of legal status only (RNE {@code L}), or a move to placed for adoption with the current
 * foster carer (A5/A6 with the same carer, RNE {@code T} or {@code U}). The first episode in the year
 * always counts, since its placement was in the year. Short breaks (V3/V4) are left out: their
 * episodes are no placement, and a child on short breaks at month end is not counted.
 */
public final class PlacementStability extends ComputedIndicator<EpisodeRow> {

    /** Placed for adoption with the current foster carer(s). */
    private static final Set<String> WITH_CURRENT_FOSTER_CARER = Set.of("A5", "A6");

    public PlacementStability(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<EpisodeRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.episodesOverlapping(yearStart(window.first()), window.to());
    }

    static LocalDate yearStart(YearMonth month) {
        return month.atEndOfMonth().minusYears(1).plusDays(1);
    }

    @Override
    public Tally tally(List<EpisodeRow> rows, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        LocalDate from = yearStart(month);
        Map<Long, List<EpisodeRow>> inYear = rows.stream().filter(e -> e.overlaps(from, end))
                .collect(Collectors.groupingBy(EpisodeRow::personId));
        Tally tally = new Tally().expectingDenominator();
        inYear.forEach((child, episodes) -> {
            if (episodes.stream().noneMatch(e -> e.openAt(end) && !e.shortBreak())) {
                return;
            }
            tally.outOf(child);
            if (placements(episodes) >= 3) {
                tally.count(child);
            }
        });
        return tally;
    }

    static long placements(List<EpisodeRow> episodesInYear) {
        List<EpisodeRow> ordered = episodesInYear.stream().filter(e -> !e.shortBreak())
                .sorted(Comparator.comparing(EpisodeRow::start).thenComparing(EpisodeRow::id)).toList();
        long count = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i == 0 || !continuesPlacement(ordered.get(i))) {
                count++;
            }
        }
        return count;
    }

    static boolean continuesPlacement(EpisodeRow episode) {
        String reason = episode.reasonNewEpisode();
        return "L".equals(reason) || (episode.placementType() != null
                && WITH_CURRENT_FOSTER_CARER.contains(episode.placementType())
                && ("T".equals(reason) || "U".equals(reason)));
    }
}
