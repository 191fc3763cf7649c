package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Children looked after at month end who had three or more placements in the twelve months up to
 * it, as a share of all children looked after at month end. A placement is an episode in the year,
 * except one that only changed the legal status (RNE {@code L}) and so continues the placement
 * before it; the first episode in the year always counts, since its placement was in the year.
 */
public final class PlacementStability extends ComputedIndicator<EpisodeRow> {

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
            if (episodes.stream().noneMatch(e -> e.openAt(end))) {
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
        List<EpisodeRow> ordered = episodesInYear.stream()
                .sorted(Comparator.comparing(EpisodeRow::start).thenComparing(EpisodeRow::id)).toList();
        long count = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i == 0 || !"L".equals(ordered.get(i).reasonNewEpisode())) {
                count++;
            }
        }
        return count;
    }
}
