package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * Work completed in the month, out of which that completed within its timescale of its start, in
 * working days on England's calendar (bank holidays are not working days): single assessments
 * authorised within 45 working days of the assessment's start, and initial child protection
 * conferences held within 15 working days of the strategy discussion that started the section 47
 * enquiry. The due date itself is on time; the next working day is late.
 */
public final class CompletedWithinTimescale extends ComputedIndicator<InvolvementRow> {

    /** Reads the work whose completion falls between two dates. */
    @FunctionalInterface
    interface Reader {
        List<InvolvementRow> read(CaseDataQueries queries, LocalDate from, LocalDate to) throws SQLException;
    }

    private final Reader reader;
    private final Function<InvolvementRow, LocalDate> completedOn;
    private final Timescale timescale;
    private final Timescales timescales;
    private final String what;

    private CompletedWithinTimescale(IndicatorDefinition definition, Reader reader,
                                     Function<InvolvementRow, LocalDate> completedOn, Timescale timescale,
                                     Timescales timescales, String what) {
        super(definition);
        this.reader = reader;
        this.completedOn = completedOn;
        this.timescale = timescale;
        this.timescales = timescales;
        this.what = what;
    }

    /** Single assessments authorised in the month, within 45 working days of their start. */
    public static CompletedWithinTimescale assessments(IndicatorDefinition definition, Timescales timescales) {
        return new CompletedWithinTimescale(definition, CaseDataQueries::assessmentsCompleted,
                InvolvementRow::completedOn, Timescale.workingDays("Single assessment", 45), timescales,
                "Assessment started ");
    }

    /**
     * Initial child protection conferences held in the month, within 15 working days of the start of
     * the section 47 enquiry (the strategy discussion at which it was decided, as the CIN census
     * records it).
     */
    public static CompletedWithinTimescale initialConferences(IndicatorDefinition definition, Timescales timescales) {
        return new CompletedWithinTimescale(definition, CaseDataQueries::conferencesHeld, InvolvementRow::icpcDate,
                Timescale.workingDays("Initial child protection conference", 15), timescales,
                "Initial conference, section 47 started ");
    }

    @Override
    public List<InvolvementRow> read(CaseDataQueries queries, Window window) throws SQLException {
        return reader.read(queries, window.from(), window.to());
    }

    @Override
    public Tally tally(List<InvolvementRow> rows, YearMonth month) {
        Tally tally = new Tally().expectingDenominator();
        for (InvolvementRow row : rows) {
            LocalDate done = completedOn.apply(row);
            if (done == null || !YearMonth.from(done).equals(month)) {
                continue;
            }
            LocalDate due = timescales.dueDate(row.start(), timescale);
            boolean onTime = !done.isAfter(due);
            tally.event(row.personId(), what + row.start(), done, due,
                    onTime ? "Within " + timescale.getAmount() + " working days" : "Late", onTime, true);
        }
        return tally;
    }
}
