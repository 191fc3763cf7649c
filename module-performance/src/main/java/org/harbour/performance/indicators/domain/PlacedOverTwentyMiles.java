package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeDetailRow;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Children looked after at month end (short breaks V3/V4 are not care) out of whom those whose
 * placement then is more than 20 miles from home, as the distance (SSDA903 PL_DISTANCE) is recorded on
 * the placement episode. As the DfE publishes it, a child whose distance is not known or not recorded
 * stays in the whole (mostly unaccompanied children, whose home postcode is not known) and is not over
 * 20 miles; 20.0 miles exactly is "20 miles or less".
 */
public final class PlacedOverTwentyMiles extends ComputedIndicator<PlacedOverTwentyMiles.Rows> {

    static final BigDecimal TWENTY_MILES = BigDecimal.valueOf(20);
    private static final Comparator<EpisodeDetailRow> LATEST_START =
            Comparator.comparing(EpisodeDetailRow::start).thenComparing(EpisodeDetailRow::id);

    /** Periods of care with their episodes, and the episodes with where each placement is. */
    public record Rows(CareSpells.Rows care, List<EpisodeDetailRow> details) {
    }

    public PlacedOverTwentyMiles(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        // The same periods and episode details the leavers' reasons read, so one read serves them all.
        CareSpells.Rows care = InCareAtMonthEnd.careRows(queries, window.from(), window.to());
        return List.of(new Rows(care, LookedAfterReads.shared(queries, "leavers' episodes " + window,
                () -> LookedAfterReads.episodeDetails(queries, care.periods()))));
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Tally tally = new Tally().expectingDenominator();
        for (Rows rows : reads) {
            Map<Long, List<EpisodeDetailRow>> openByChild = rows.details().stream()
                    .filter(e -> openAt(e, end) && !shortBreak(e))
                    .collect(Collectors.groupingBy(EpisodeDetailRow::personId));
            TreeSet<Long> inCare = CareSpells.of(rows.care()).stream().filter(s -> s.openAt(end))
                    .map(CareSpells.Spell::personId).collect(Collectors.toCollection(TreeSet::new));
            for (long child : inCare) {
                Optional<EpisodeDetailRow> placement = openByChild.getOrDefault(child, List.of()).stream()
                        .max(LATEST_START);
                BigDecimal miles = placement.map(EpisodeDetailRow::placementDistance).orElse(null);
                boolean over = miles != null && miles.compareTo(TWENTY_MILES) > 0;
                tally.event(child, "Placed", placement.map(EpisodeDetailRow::start).orElse(null), null,
                        outcome(miles), over, true);
            }
        }
        return tally;
    }

    static String outcome(BigDecimal miles) {
        if (miles == null) {
            return "Distance not known or not recorded";
        }
        String distance = miles.stripTrailingZeros().toPlainString() + " miles from home";
        return miles.compareTo(TWENTY_MILES) > 0 ? "Over 20 miles: " + distance : "20 miles or less: " + distance;
    }

    private static boolean openAt(EpisodeDetailRow e, LocalDate day) {
        return !e.start().isAfter(day) && (e.end() == null || e.end().isAfter(day));
    }

    private static boolean shortBreak(EpisodeDetailRow e) {
        return "V3".equals(e.legalStatus()) || "V4".equals(e.legalStatus());
    }
}
