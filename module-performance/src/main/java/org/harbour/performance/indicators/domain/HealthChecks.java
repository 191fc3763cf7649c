package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.HealthOutcomeRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The health of children in care as the DfE counts it (Outcomes for children looked after; SSDA903
 * OC2): the children looked after continuously for twelve months at 31 March (a spell of care, short
 * breaks V3/V4 not being care, begun on or before 31 March a year earlier and open at its end), out
 * of whom those whose year's health record says the check was done. A collection year's figure is
 * read at every month end until the next 31 March, since the record is kept per year; a child with no
 * record for the year counts as not checked.
 */
public final class HealthChecks extends ComputedIndicator<HealthChecks.Rows> {

    private static final MonthDay YEAR_END = MonthDay.of(3, 31);

    /** Periods of care and the health records of each collection year the window reads, by year end. */
    public record Rows(CareSpells.Rows care, Map<LocalDate, Map<Long, HealthOutcomeRow>> records) {
    }

    private final Predicate<HealthOutcomeRow> done;
    private final String inWords;

    private HealthChecks(IndicatorDefinition definition, Predicate<HealthOutcomeRow> done, String inWords) {
        super(definition);
        this.done = done;
        this.inWords = inWords;
    }

    public static HealthChecks healthCheck(IndicatorDefinition definition) {
        return new HealthChecks(definition, HealthOutcomeRow::healthCheck, "Annual health check");
    }

    public static HealthChecks dentalCheck(IndicatorDefinition definition) {
        return new HealthChecks(definition, HealthOutcomeRow::teethCheck, "Dental check");
    }

    public static HealthChecks immunisations(IndicatorDefinition definition) {
        return new HealthChecks(definition, HealthOutcomeRow::immunisations, "Immunisations up to date");
    }

    /** The 31 March of the collection year a month end reads: the latest on or before it. */
    static LocalDate yearEnding(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        LocalDate march = YEAR_END.atYear(end.getYear());
        return march.isAfter(end) ? march.minusYears(1) : march;
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        return LookedAfterReads.shared(queries, "health " + window, () -> readHealth(queries, window));
    }

    private static List<Rows> readHealth(CaseDataQueries queries, Window window) throws SQLException {
        LocalDate firstYear = yearEnding(window.first());
        LocalDate lastYear = yearEnding(window.last());
        CareSpells.Rows care = InCareAtMonthEnd.careRows(queries, firstYear.minusYears(1), lastYear);
        TreeSet<Long> children = new TreeSet<>(LookedAfterReads.children(care));
        Map<LocalDate, Map<Long, HealthOutcomeRow>> records = new TreeMap<>();
        for (LocalDate year = firstYear; !year.isAfter(lastYear); year = year.plusYears(1)) {
            Map<Long, HealthOutcomeRow> ofYear = new HashMap<>();
            for (HealthOutcomeRow row : queries.returnRecords().healthOutcomesOf(children, year)) {
                ofYear.put(row.personId(), row);
            }
            records.put(year, ofYear);
        }
        return List.of(new Rows(care, records));
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        LocalDate year = yearEnding(month);
        Tally tally = new Tally().expectingDenominator();
        for (Rows rows : reads) {
            Map<Long, HealthOutcomeRow> records = rows.records().getOrDefault(year, Map.of());
            CareSpells.of(rows.care()).stream()
                    .filter(s -> s.openAt(year) && !s.start().isAfter(year.minusYears(1)))
                    .map(CareSpells.Spell::personId).distinct().sorted().forEach(child -> {
                        HealthOutcomeRow record = records.get(child);
                        boolean checked = record != null && done.test(record);
                        tally.event(child, "Looked after 12 months at " + LookedAfterReads.date(year), year, null,
                                record == null ? "No health record for the year" : checked ? inWords : "Not: " + inWords,
                                checked, true);
                    });
        }
        return tally;
    }
}
