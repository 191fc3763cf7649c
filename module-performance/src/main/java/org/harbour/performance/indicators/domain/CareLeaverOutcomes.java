package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.PersonRecordRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Care leavers aged 19, 20 or 21 at month end with a care leaver record open then, out of whom those
 * with an outcome as the SSDA903 OC3 table codes it (DfE, "Children looked after in England including
 * adoptions", care leavers): in touch with the council (IN_TOUCH YES), in suitable accommodation
 * (ACCOM ending in 1), or in education, employment or training (ACTIV F1-F4 or P1-P4). A young person
 * not in touch, or with no outcome recorded, counts in the denominator only. A young person with two
 * care leaver records open is counted by the one that started last; a missing date of birth leaves
 * the young person out (their age is not known).
 */
public final class CareLeaverOutcomes extends ComputedIndicator<CareLeaverOutcomes.Rows> {

    /** Care leaver records of the window and the young people's dates of birth. */
    public record Rows(List<InvolvementDetailRow> leavers, Map<Long, LocalDate> datesOfBirth) {
    }

    private final Predicate<InvolvementDetailRow> outcome;
    private final String inWords;

    private CareLeaverOutcomes(IndicatorDefinition definition, Predicate<InvolvementDetailRow> outcome,
                               String inWords) {
        super(definition);
        this.outcome = outcome;
        this.inWords = inWords;
    }

    public static CareLeaverOutcomes inTouch(IndicatorDefinition definition) {
        return new CareLeaverOutcomes(definition, r -> "YES".equals(r.inTouch()), "In touch");
    }

    public static CareLeaverOutcomes suitablyAccommodated(IndicatorDefinition definition) {
        return new CareLeaverOutcomes(definition, r -> r.accommodationCode() != null
                && r.accommodationCode().endsWith("1"), "Suitable accommodation");
    }

    public static CareLeaverOutcomes inEducationEmploymentOrTraining(IndicatorDefinition definition) {
        return new CareLeaverOutcomes(definition, r -> r.activityCode() != null
                && r.activityCode().matches("[FP][1-4]"), "In education, employment or training");
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        List<InvolvementDetailRow> leavers = queries.returnRecords()
                .involvementsOverlapping("CARE_LEAVER", window.first().atEndOfMonth(), window.to());
        Set<Long> people = new TreeSet<>();
        leavers.forEach(l -> people.add(l.personId()));
        Map<Long, LocalDate> births = new HashMap<>();
        for (PersonRecordRow person : queries.persons(people)) {
            if (person.dateOfBirth() != null) {
                births.put(person.id(), person.dateOfBirth());
            }
        }
        return List.of(new Rows(leavers, births));
    }

    static boolean aged19To21(LocalDate born, LocalDate day) {
        return !day.isBefore(born.plusYears(19)) && day.isBefore(born.plusYears(22));
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Tally tally = new Tally().expectingDenominator();
        for (Rows rows : reads) {
            Map<Long, InvolvementDetailRow> latest = new TreeMap<>();
            Comparator<InvolvementDetailRow> order = Comparator.comparing(InvolvementDetailRow::start)
                    .thenComparingLong(InvolvementDetailRow::id);
            rows.leavers().stream()
                    .filter(r -> !r.start().isAfter(end) && (r.end() == null || r.end().isAfter(end)))
                    .forEach(r -> latest.merge(r.personId(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b));
            latest.forEach((person, leaver) -> {
                LocalDate born = rows.datesOfBirth().get(person);
                if (born == null || !aged19To21(born, end)) {
                    return;
                }
                boolean counted = outcome.test(leaver);
                tally.event(person, "Care leaver since " + leaver.start(), end, null, (counted ? "" : "Not: ")
                        + inWords + " (IN_TOUCH " + leaver.inTouch() + ", ACTIV " + leaver.activityCode() + ", ACCOM "
                        + leaver.accommodationCode() + ")", counted, true);
            });
        }
        return tally;
    }
}
