package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Children who started (entrants) or ceased (leavers) to be looked after in the month, each child
 * once a month, as the DfE counts them: a period of short breaks only (V3/V4) is neither, and a
 * child whose short breaks become a care order starts to be looked after on that day. A child who
 * leaves care and comes back is an entrant again in the month of return.
 */
public final class CareBoundary extends ComputedIndicator<CareSpells.Rows> {

    public enum Edge { STARTED, CEASED }

    private final Edge edge;

    public CareBoundary(IndicatorDefinition definition, Edge edge) {
        super(definition);
        this.edge = edge;
    }

    @Override
    public List<CareSpells.Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        return List.of(InCareAtMonthEnd.careRows(queries, window.from(), window.to()));
    }

    @Override
    public Tally tally(List<CareSpells.Rows> rows, YearMonth month) {
        return tallyOfSpells(CareSpells.of(rows), month);
    }

    /** Works the spells out once for every month of the window. */
    @Override
    public Map<YearMonth, Tally> compute(CaseDataQueries queries, Window window) throws SQLException {
        List<CareSpells.Spell> spells = CareSpells.of(read(queries, window));
        Map<YearMonth, Tally> tallies = new LinkedHashMap<>();
        window.months().forEach(month -> tallies.put(month, tallyOfSpells(spells, month)));
        return tallies;
    }

    private Tally tallyOfSpells(List<CareSpells.Spell> spells, YearMonth month) {
        Tally tally = new Tally();
        spells.stream().filter(s -> edge == Edge.STARTED ? s.startsIn(month) : s.endsIn(month))
                .map(CareSpells.Spell::personId).distinct().forEach(tally::count);
        return tally;
    }
}
