package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Unaccompanied asylum-seeking children looked after at month end, as the DfE counts them (Children
 * looked after in England, UASC; SSDA903 UASC table): looked after then (short breaks V3/V4 are not
 * care) with UASC status recorded from a date on or before it and not ceased by it. Each child once.
 */
public final class UascInCare extends ComputedIndicator<UascInCare.Rows> {

    /** Periods of care with their episodes, and the children's recorded UASC status. */
    public record Rows(CareSpells.Rows care, Map<Long, LookedAfterStatusRow> statuses) {
    }

    public UascInCare(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        CareSpells.Rows care = InCareAtMonthEnd.careRows(queries, window.first().atEndOfMonth(), window.to());
        return List.of(new Rows(care, LookedAfterReads.statuses(queries, LookedAfterReads.children(care))));
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Tally tally = new Tally();
        for (Rows rows : reads) {
            CareSpells.of(rows.care()).stream().filter(s -> s.openAt(end)).map(CareSpells.Spell::personId)
                    .distinct().filter(child -> uascOn(rows.statuses().get(child), end)).forEach(tally::count);
        }
        return tally;
    }

    static boolean uascOn(LookedAfterStatusRow status, LocalDate day) {
        return status != null && status.uascFrom() != null && !status.uascFrom().isAfter(day)
                && (status.uascCeased() == null || status.uascCeased().isAfter(day));
    }
}
