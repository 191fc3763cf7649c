package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Children looked after at the end of the month's last day, as the DfE counts them: a
 * looked-after period open then, unless the child's episode that day is a short break (V3/V4). A
 * period ending on 31 October is not open at the end of October. Each child counts once.
 */
public final class InCareAtMonthEnd extends ComputedIndicator<CareSpells.Rows> {

    public InCareAtMonthEnd(IndicatorDefinition definition) {
        super(definition);
    }

    /** The periods overlapping the dates with all their episodes: one read, a few rows per child. */
    static CareSpells.Rows careRows(CaseDataQueries queries, LocalDate from, LocalDate to) throws SQLException {
        return new CareSpells.Rows(queries.involvementsOverlapping("LOOKED_AFTER", from, to),
                queries.episodesOfPeriodsOverlapping(from, to));
    }

    @Override
    public List<CareSpells.Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        return List.of(careRows(queries, window.first().atEndOfMonth(), window.to()));
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

    private static Tally tallyOfSpells(List<CareSpells.Spell> spells, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Tally tally = new Tally();
        spells.stream().filter(s -> s.openAt(end)).map(CareSpells.Spell::personId).distinct().forEach(tally::count);
        return tally;
    }
}
