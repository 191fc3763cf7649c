package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Children looked after at month end whose placement that day is of one sort (SSDA903 PLACE and
 * PLACE_PROVIDER codes), as a share of all children with a placement open at month end. Short
 * breaks (V3/V4) are left out, as the DfE leaves them out of its placement figures.
 */
public final class PlacementMix extends ComputedIndicator<EpisodeRow> {

    private static final Set<String> FOSTERING = Set.of("U1", "U2", "U3", "U4", "U5", "U6");
    private static final Set<String> INDEPENDENT = Set.of("PR4", "PR5");
    private static final Set<String> RESIDENTIAL = Set.of("K1", "K2", "R1", "S1");

    /** Independent fostering agency: a foster placement (U1-U6) provided privately or by the voluntary sector. */
    public static final Predicate<EpisodeRow> INDEPENDENT_FOSTERING =
            e -> FOSTERING.contains(e.placementType()) && INDEPENDENT.contains(e.placementProvider());
    /** In-house fostering: a foster placement (U1-U6) with the council's own carers (PR1). */
    public static final Predicate<EpisodeRow> IN_HOUSE_FOSTERING =
            e -> FOSTERING.contains(e.placementType()) && "PR1".equals(e.placementProvider());
    /** Residential in the independent sector: children's homes, secure homes, schools (K1, K2, R1, S1) by PR4/PR5. */
    public static final Predicate<EpisodeRow> INDEPENDENT_RESIDENTIAL =
            e -> RESIDENTIAL.contains(e.placementType()) && INDEPENDENT.contains(e.placementProvider());
    /** Unregulated accommodation (Z13). */
    public static final Predicate<EpisodeRow> UNREGULATED = e -> "Z13".equals(e.placementType());

    private final Predicate<EpisodeRow> sort;

    public PlacementMix(IndicatorDefinition definition, Predicate<EpisodeRow> sort) {
        super(definition);
        this.sort = sort;
    }

    @Override
    public List<EpisodeRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return queries.episodesOverlapping(window.first().atEndOfMonth(), window.to());
    }

    @Override
    public Tally tally(List<EpisodeRow> rows, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Map<Long, List<EpisodeRow>> open = rows.stream().filter(e -> e.openAt(end) && !e.shortBreak())
                .collect(Collectors.groupingBy(EpisodeRow::personId));
        Tally tally = new Tally().expectingDenominator();
        open.forEach((child, episodes) -> {
            tally.outOf(child);
            if (episodes.stream().anyMatch(sort)) {
                tally.count(child);
            }
        });
        return tally;
    }
}
