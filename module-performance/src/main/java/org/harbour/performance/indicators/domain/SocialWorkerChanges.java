package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.AllocationRow;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Children with social-care work open and a worker allocated at month end (as the caseload measures
 * count them) who had two or more different allocated workers in the six months to month end (the
 * day six months before excluded), out of all those children. Every allocation of the child's case
 * files counts, whatever the worker's service.
 */
public final class SocialWorkerChanges extends ComputedIndicator<Caseloads.Rows> {

    public SocialWorkerChanges(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<Caseloads.Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        LocalDate from = window.first().atEndOfMonth();
        List<InvolvementRow> work = new ArrayList<>();
        for (String kind : Caseloads.SOCIAL_CARE_WORK) {
            work.addAll(queries.involvementsOverlapping(kind, from, window.to()));
        }
        return List.of(new Caseloads.Rows(queries.allocationsOverlapping(sixMonthsBefore(window.first()),
                window.to()), work));
    }

    /** The first day of the six months to the month's end. */
    static LocalDate sixMonthsBefore(YearMonth month) {
        return month.atEndOfMonth().minusMonths(6).plusDays(1);
    }

    @Override
    public Tally tally(List<Caseloads.Rows> rows, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        LocalDate from = sixMonthsBefore(month);
        Set<Long> inSocialCare = rows.stream().flatMap(r -> r.socialCareWork().stream()).filter(i -> i.openAt(end))
                .map(InvolvementRow::personId).collect(Collectors.toSet());
        List<AllocationRow> allocations = rows.stream().flatMap(r -> r.allocations().stream()).toList();
        Set<Long> allocatedNow = allocations.stream().filter(a -> a.heldAt(end)).map(AllocationRow::personId)
                .collect(Collectors.toSet());
        Map<Long, Set<Long>> workers = new TreeMap<>();
        allocations.stream().filter(a -> !a.start().isAfter(end) && (a.end() == null || !a.end().isBefore(from)))
                .filter(a -> allocatedNow.contains(a.personId()) && inSocialCare.contains(a.personId()))
                .forEach(a -> workers.computeIfAbsent(a.personId(), k -> new TreeSet<>()).add(a.workerId()));
        Tally tally = new Tally().expectingDenominator();
        workers.forEach((child, held) -> tally.event(child, held.size() + " worker(s) since " + from, end, null,
                held.size() >= 2 ? "2 or more workers" : "One worker", held.size() >= 2, true));
        return tally;
    }
}
