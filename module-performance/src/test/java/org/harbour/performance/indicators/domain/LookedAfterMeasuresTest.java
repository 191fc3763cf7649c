package org.harbour.performance.indicators.domain;

import org.harbour.core.activity.application.ActivityTimescales;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measures of looked-after children counted from what practitioners record beside periods and
 * episodes (missing incidents, UASC status, adoption decisions, the year's health record) and from
 * the reason care ended, each against a small history worked out by hand at its edges.
 */
class LookedAfterMeasuresTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private final Map<String, ComputedIndicator<?>> indicators = ComputedIndicators.all(
                    new Timescales(new WorkingDayCalendar()), new ActivityTimescales()).stream()
            .collect(Collectors.toMap(ComputedIndicator::id, Function.identity()));
    private long ids = 1;
    private final List<InvolvementRow> periods = new ArrayList<>();
    private final List<EpisodeDetailRow> episodes = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private <R> Tally tally(String id, List<R> rows, YearMonth month) {
        return ((ComputedIndicator<R>) indicators.get(id)).tally(rows, month);
    }

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** A period of care and its one episode (legal status C2 unless given), returning the period's id. */
    private long period(long child, String start, String end) {
        InvolvementRow period = new InvolvementRow(ids++, child, "LOOKED_AFTER", d(start), d(end), null, false, null,
                null, null, null);
        periods.add(period);
        return period.id();
    }

    private void episode(long period, long child, String start, String end, String legalStatus, String place,
                         String rne, String rec) {
        episodes.add(new EpisodeDetailRow(ids++, period, child, d(start), d(end), legalStatus, place, "PR1", rne, rec,
                null, null));
    }

    private CareSpells.Rows care() {
        return new CareSpells.Rows(List.copyOf(periods), episodes.stream().map(LookedAfterReads::counting).toList());
    }

    private MissingEpisodeRow missing(long child, String kind, String start, String end) {
        return new MissingEpisodeRow(ids++, child, kind, d(start), d(end), true, false);
    }

    private static LookedAfterStatusRow status(long child, String uascFrom, String uascCeased, String order,
                                               String matched, boolean byFosterCarer) {
        return new LookedAfterStatusRow(child, child, d(uascFrom), d(uascCeased), false, null, null, null, null,
                null, d(order), d(matched), null, null, null, byFosterCarer, null, null, null);
    }

    private static HealthOutcomeRow health(long child, boolean checked, boolean teeth) {
        return new HealthOutcomeRow(child, child, d("2026-03-31"), checked, teeth, true, true, 12, null, false,
                false, null, null);
    }

    @Test
    void aChildMissingWhileInCareCountsOnceInTheYearAndEachIncidentInItsMonth() {
        // October 2026's year runs from 1 November 2025. Child 1: missing twice in it. Child 2: only away
        // without authorisation (A), which is not missing. Child 3: short breaks only, not in care. Child 4:
        // in care all year but missing only on 31 October 2025, the day before the year.
        long p1 = period(1, "2025-01-01", null);
        episode(p1, 1, "2025-01-01", null, "C2", "U4", "S", null);
        long p2 = period(2, "2026-06-01", "2026-08-01");
        episode(p2, 2, "2026-06-01", "2026-08-01", "C2", "U4", "S", "E13");
        long p3 = period(3, "2026-01-01", null);
        episode(p3, 3, "2026-01-01", null, "V3", "U4", "S", null);
        long p4 = period(4, "2024-01-01", null);
        episode(p4, 4, "2024-01-01", null, "C2", "U4", "S", null);
        List<MissingFromCare.Rows> rows = List.of(new MissingFromCare.Rows(care(), List.of(
                missing(1, "M", "2026-03-10", "2026-03-11"), missing(1, "M", "2026-10-05", null),
                missing(2, "A", "2026-07-01", "2026-07-01"), missing(3, "M", "2026-09-01", "2026-09-02"),
                missing(4, "M", "2025-10-31", "2025-11-01"))));

        Tally year = tally("cla-missing", rows, OCT);
        assertEquals(1, year.numerator());
        assertEquals(3, year.denominator());
        assertEquals(Set.of(1L), year.numeratorChildren());
        assertEquals(Set.of(1L, 2L, 4L), year.denominatorChildren());
        assertEquals("Missing 2 time(s), first 10/03/2026",
                year.items().stream().filter(i -> i.personId() == 1).findFirst().orElseThrow().outcome());

        Tally incidents = tally("cla-missing-incidents", rows, OCT);
        assertEquals(1, incidents.numerator());
        assertEquals(null, incidents.denominator());
        assertEquals(d("2026-10-05"), incidents.items().get(0).date());
        assertEquals(1, tally("cla-missing-incidents", rows, YearMonth.of(2026, 3)).numerator());
        assertEquals(0, tally("cla-missing-incidents", rows, YearMonth.of(2026, 9)).numerator(),
                "child 3's incident was on short breaks");
    }

    @Test
    void aChildIsUascAtMonthEndFromTheDayStatusStartsUntilTheDayItCeases() {
        long p1 = period(1, "2026-01-01", null);
        episode(p1, 1, "2026-01-01", null, "C2", "U4", "S", null);
        long p2 = period(2, "2026-01-01", null);
        episode(p2, 2, "2026-01-01", null, "C2", "U4", "S", null);
        long p3 = period(3, "2026-01-01", null);
        episode(p3, 3, "2026-01-01", null, "V4", "U4", "S", null);
        // Child 4 has UASC status but is not looked after.
        Map<Long, LookedAfterStatusRow> statuses = Map.of(
                1L, status(1, "2026-10-31", null, null, null, false),
                2L, status(2, "2026-01-01", "2026-10-31", null, null, false),
                3L, status(3, "2026-01-01", null, null, null, false),
                4L, status(4, "2026-01-01", null, null, null, false));
        List<UascInCare.Rows> rows = List.of(new UascInCare.Rows(care(), statuses));
        Tally oct = tally("cla-uasc", rows, OCT);
        assertEquals(1, oct.numerator());
        assertEquals(Set.of(1L), oct.numeratorChildren());
        assertEquals(Set.of(2L), tally("cla-uasc", rows, YearMonth.of(2026, 9)).numeratorChildren());
    }

    @Test
    void adoptionTimelinessAveragesTheDaysOfChildrenAdoptedInTheThreeYearsAdjustingForFosterCarers() {
        // Child 1: entered care 10 Jan 2024, fostered by the carers who adopt; placed for adoption with them
        // (A5, RNE T) on 1 Mar 2025, adopted 20 Oct 2026. A1 counts to 1 Mar 2025 (416 days), A10 to the
        // foster placement's start (0 days); placement order 1 Nov 2024, matched 15 Feb 2025 (106 days).
        long p1 = period(1, "2024-01-10", "2026-10-20");
        episode(p1, 1, "2024-01-10", "2025-03-01", "C2", "U4", "S", "X1");
        episode(p1, 1, "2025-03-01", "2026-10-20", "E1", "A5", "T", "E11");
        // Child 2: entered care 1 Jun 2023, placed with adopters (A3) 1 Jun 2024 (366 days, a leap year),
        // adopted 1 Dec 2025; no placement order recorded, so A2 leaves the child out.
        long p2 = period(2, "2023-06-01", "2025-12-01");
        episode(p2, 2, "2023-06-01", "2024-06-01", "C2", "U1", "S", "X1");
        episode(p2, 2, "2024-06-01", "2025-12-01", "E1", "A3", "B", "E12");
        // Child 4: an episode with neither placement nor reason recorded yet is no adoption, and no error.
        long p4 = period(4, "2026-01-01", null);
        episode(p4, 4, "2026-01-01", "2026-02-01", "C2", null, null, null);
        episode(p4, 4, "2026-02-01", null, "C2", "U4", "P", null);
        // Child 3: adopted 31 Oct 2023, the day before October 2026's three years begin.
        long p3 = period(3, "2022-01-01", "2023-10-31");
        episode(p3, 3, "2022-01-01", "2023-10-31", "E1", "A3", "S", "E11");
        Map<Long, LookedAfterStatusRow> statuses = Map.of(
                1L, status(1, null, null, "2024-11-01", "2025-02-15", true),
                2L, status(2, null, null, null, "2024-05-01", false),
                3L, status(3, null, null, "2022-06-01", "2022-07-01", false));
        List<AdoptionTimeliness.Rows> rows = List.of(new AdoptionTimeliness.Rows(periods, episodes, statuses));

        Tally a1 = tally("adoption-a1", rows, OCT);
        assertEquals(416 + 366, a1.numerator());
        assertEquals(2, a1.denominator());
        Tally a10 = tally("adoption-a10", rows, OCT);
        assertEquals(366, a10.numerator());
        assertEquals(2, a10.denominator());
        Tally a2 = tally("adoption-a2", rows, OCT);
        assertEquals(106, a2.numerator());
        assertEquals(1, a2.denominator());
        assertEquals(List.of(1L), a2.items().stream().map(Item::personId).toList());
        assertEquals(a1.numerator(), a1.items().stream().mapToLong(Item::numerator).sum(), "the rows add up");
        assertEquals(Set.of(2L, 3L), tally("adoption-a1", rows, YearMonth.of(2026, 9)).denominatorChildren(),
                "September's three years still hold child 3, and child 1 is adopted only in October");
    }

    @Test
    void healthChecksCountChildrenInCareTwelveMonthsAtThe31March() {
        // Year ending 31 March 2026. Child 1 in care from 31 March 2025: exactly twelve months. Child 2 from
        // 1 April 2025: not yet. Child 3 left care on 31 March 2026, so not looked after at its end. Child 4 has
        // no health record for the year. Child 5 was on short breaks (V3) until 1 March 2026.
        long p1 = period(1, "2025-03-31", null);
        episode(p1, 1, "2025-03-31", null, "C2", "U4", "S", null);
        long p2 = period(2, "2025-04-01", null);
        episode(p2, 2, "2025-04-01", null, "C2", "U4", "S", null);
        long p3 = period(3, "2020-01-01", "2026-03-31");
        episode(p3, 3, "2020-01-01", "2026-03-31", "C2", "U4", "S", "E8");
        long p4 = period(4, "2020-01-01", null);
        episode(p4, 4, "2020-01-01", null, "C2", "U4", "S", null);
        long p5 = period(5, "2024-01-01", null);
        episode(p5, 5, "2024-01-01", "2026-03-01", "V3", "U4", "S", "X1");
        episode(p5, 5, "2026-03-01", null, "C2", "U4", "L", null);
        Map<Long, HealthOutcomeRow> year = Map.of(1L, health(1, true, false), 2L, health(2, true, true),
                3L, health(3, true, true), 5L, health(5, true, true));
        List<HealthChecks.Rows> rows = List.of(new HealthChecks.Rows(care(), Map.of(d("2026-03-31"), year)));

        Tally checks = tally("cla-health-checks", rows, OCT);
        assertEquals(1, checks.numerator());
        assertEquals(2, checks.denominator());
        assertEquals(Set.of(1L, 4L), checks.denominatorChildren());
        assertEquals(0, tally("cla-dental-checks", rows, OCT).numerator());
        assertEquals(1, tally("cla-immunisations", rows, OCT).numerator());
        assertEquals(d("2026-03-31"), HealthChecks.yearEnding(YearMonth.of(2026, 3)));
        assertEquals(d("2025-03-31"), HealthChecks.yearEnding(YearMonth.of(2026, 2)));
    }

    @Test
    void leaversAreCountedByTheReasonTheirLastEpisodeEnded() {
        long p1 = period(1, "2026-01-01", "2026-10-15");
        episode(p1, 1, "2026-01-01", "2026-10-15", "C2", "U4", "S", "E4A");
        long p2 = period(2, "2026-01-01", "2026-10-16");
        episode(p2, 2, "2026-01-01", "2026-10-16", "C2", "U4", "S", "E45");
        long p3 = period(3, "2026-01-01", "2026-10-17");
        episode(p3, 3, "2026-01-01", "2026-10-17", "E1", "A3", "S", "E11");
        // Child 4's care becomes short breaks on 20 October: a leaver with no reason of leaving care.
        long p4 = period(4, "2026-01-01", null);
        episode(p4, 4, "2026-01-01", "2026-10-20", "C2", "U4", "S", "X1");
        episode(p4, 4, "2026-10-20", null, "V3", "U4", "L", null);
        List<CareLeftBy.Rows> rows = List.of(new CareLeftBy.Rows(care(), episodes));
        for (String id : List.of("cla-left-returned-home", "cla-left-sgo", "cla-left-adopted")) {
            Tally oct = tally(id, rows, OCT);
            assertEquals(1, oct.numerator(), id);
            assertEquals(4, oct.denominator(), id);
        }
        assertEquals(Set.of(2L), tally("cla-left-sgo", rows, OCT).numeratorChildren());
        assertTrue(tally("cla-left-returned-home", rows, OCT).items().stream()
                .anyMatch(i -> i.personId() == 4 && i.outcome().equals("Not: Returned home (REC X1)")));
    }

    private void placed(long period, long child, String start, String end, String legalStatus, String miles) {
        episodes.add(new EpisodeDetailRow(ids++, period, child, d(start), d(end), legalStatus, "U4", "PR1", "P", null,
                null, null, null, null, miles == null ? null : new java.math.BigDecimal(miles)));
    }

    @Test
    void aChildIsPlacedOver20MilesFromHomeByTheDistanceRecordedOnTheirPlacementAtMonthEnd() {
        // Child 1: 20.1 miles, over. Child 2: exactly 20.0 miles, 20 miles or less.
        placed(period(1, "2026-01-01", null), 1, "2026-01-01", null, "C2", "20.1");
        placed(period(2, "2026-01-01", null), 2, "2026-01-01", null, "C2", "20.0");
        // Child 3: no distance recorded (a UASC whose home postcode is unknown): in the whole, not over.
        placed(period(3, "2026-01-01", null), 3, "2026-01-01", null, "C2", null);
        // Child 4 moved on 31 October from 45 miles to 5 miles: placed 5 miles away at month end, over in September.
        long p4 = period(4, "2026-01-01", null);
        placed(p4, 4, "2026-01-01", "2026-10-31", "C2", "45.0");
        placed(p4, 4, "2026-10-31", null, "C2", "5.0");
        // Child 5 is on short breaks (V3), 60 miles away: not looked after as the DfE counts it.
        placed(period(5, "2026-01-01", null), 5, "2026-01-01", null, "V3", "60.0");
        // Child 6 left care on 31 October, 30 miles away: not looked after at the end of that day.
        long p6 = period(6, "2026-01-01", "2026-10-31");
        placed(p6, 6, "2026-01-01", "2026-10-31", "C2", "30.0");
        List<PlacedOverTwentyMiles.Rows> rows = List.of(new PlacedOverTwentyMiles.Rows(care(), episodes));

        Tally oct = tally("placements-over-20-miles", rows, OCT);
        assertEquals(1, oct.numerator());
        assertEquals(4, oct.denominator());
        assertEquals(Set.of(1L), oct.numeratorChildren());
        assertEquals(Set.of(1L, 2L, 3L, 4L), oct.denominatorChildren());
        assertEquals(Set.of("Over 20 miles: 20.1 miles from home", "20 miles or less: 20 miles from home",
                        "Distance not known or not recorded", "20 miles or less: 5 miles from home"),
                oct.items().stream().map(Item::outcome).collect(Collectors.toSet()));
        assertEquals(oct.numerator(), oct.items().stream().mapToLong(Item::numerator).sum(), "rows add up");

        Tally sep = tally("placements-over-20-miles", rows, OCT.minusMonths(1));
        assertEquals(Set.of(1L, 4L, 6L), sep.numeratorChildren());
        assertEquals(5, sep.denominator());
    }
}
