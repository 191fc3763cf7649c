package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.MissingEpisodeRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Children missing from care as the DfE counts them (Children looked after in England, "missing
 * from care"; SSDA903 Missing table): a missing incident (kind M, not "away without authorisation")
 * that began while the child was looked after, short breaks (V3/V4) not being care. Two measures:
 * the children looked after on any day of the twelve months to month end, out of whom those who went
 * missing in them (the DfE's yearly measure, read at each month end); and the incidents that began
 * in the month, each one a row.
 */
public final class MissingFromCare extends ComputedIndicator<MissingFromCare.Rows> {

    public enum Measured { CHILDREN_IN_YEAR, INCIDENTS_IN_MONTH }

    /** Periods of care with their episodes, and every missing or away episode of their children. */
    public record Rows(CareSpells.Rows care, List<MissingEpisodeRow> episodes) {
    }

    private final Measured measured;

    public MissingFromCare(IndicatorDefinition definition, Measured measured) {
        super(definition);
        this.measured = measured;
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        CareSpells.Rows care = InCareAtMonthEnd.careRows(queries, PlacementStability.yearStart(window.first()),
                window.to());
        return List.of(new Rows(care, LookedAfterReads.shared(queries, "missing " + window,
                () -> queries.returnRecords().missingEpisodesOf(LookedAfterReads.children(care)))));
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        LocalDate from = measured == Measured.CHILDREN_IN_YEAR ? PlacementStability.yearStart(month) : month.atDay(1);
        Tally tally = measured == Measured.CHILDREN_IN_YEAR ? new Tally().expectingDenominator() : new Tally();
        for (Rows rows : reads) {
            Map<Long, List<CareSpells.Spell>> spells = CareSpells.of(rows.care()).stream()
                    .filter(s -> !s.start().isAfter(end) && (s.end() == null || !s.end().isBefore(from)))
                    .collect(Collectors.groupingBy(CareSpells.Spell::personId, TreeMap::new, Collectors.toList()));
            Map<Long, List<MissingEpisodeRow>> missing = rows.episodes().stream()
                    .filter(e -> "M".equals(e.kind()) && !e.start().isBefore(from) && !e.start().isAfter(end))
                    .filter(e -> whileLookedAfter(e, spells.getOrDefault(e.personId(), List.of())))
                    .sorted(Comparator.comparing(MissingEpisodeRow::start).thenComparingLong(MissingEpisodeRow::id))
                    .collect(Collectors.groupingBy(MissingEpisodeRow::personId, TreeMap::new, Collectors.toList()));
            if (measured == Measured.INCIDENTS_IN_MONTH) {
                missing.values().forEach(incidents -> incidents.forEach(e -> tally.event(e.personId(),
                        "Missing from care", e.start(), null, e.end() == null ? "Not yet back"
                                : "Back " + LookedAfterReads.date(e.end()), true, false)));
                continue;
            }
            spells.forEach((child, ofChild) -> {
                List<MissingEpisodeRow> incidents = missing.getOrDefault(child, new ArrayList<>());
                boolean wentMissing = !incidents.isEmpty();
                tally.event(child, "Looked after in the 12 months", wentMissing ? incidents.get(0).start() : end,
                        null, wentMissing ? "Missing " + incidents.size() + " time(s), first "
                                + LookedAfterReads.date(incidents.get(0).start()) : "Not missing", wentMissing, true);
            });
        }
        return tally;
    }

    private static boolean whileLookedAfter(MissingEpisodeRow episode, List<CareSpells.Spell> spells) {
        return spells.stream().anyMatch(s -> !episode.start().isBefore(s.start())
                && (s.end() == null || !episode.start().isAfter(s.end())));
    }
}
