package org.harbour.performance.indicators.domain;

import org.harbour.core.activity.application.ActivityTimescales;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.casedata.ActivityRow;
import org.harbour.core.spi.casedata.AllocationRow;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.InvolvementRow;
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

/**
 * Every computed indicator's tally against small case histories whose figures are worked out by
 * hand in the comments. The same histories are recorded in the real database by PerformanceIT.
 */
class IndicatorTalliesTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private final Map<String, ComputedIndicator<?>> indicators = ComputedIndicators.all(
                    new Timescales(new WorkingDayCalendar(Set.of(), Set.of())), new ActivityTimescales()).stream()
            .collect(Collectors.toMap(ComputedIndicator::id, Function.identity()));
    private long ids = 1;

    @SuppressWarnings("unchecked")
    private <R> Tally tally(String id, List<R> rows, YearMonth month) {
        return ((ComputedIndicator<R>) indicators.get(id)).tally(rows, month);
    }

    private InvolvementRow inv(long person, String kind, String start, String end) {
        return new InvolvementRow(ids++, person, kind, d(start), d(end), null, false, null, null, null, null);
    }

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @Test
    void contactsReferralsStrategyDiscussionsAndSection47sCountEventsStartedInTheMonth() {
        List<InvolvementRow> contacts = List.of(inv(1, "CONTACT", "2026-10-01", null),
                inv(1, "CONTACT", "2026-10-31", null), inv(2, "CONTACT", "2026-09-30", null),
                inv(3, "CONTACT", "2026-11-01", null));
        // Child 1 twice in October (1st and 31st); 30 Sep and 1 Nov fall outside.
        Tally oct = tally("contacts", contacts, OCT);
        assertEquals(2, oct.numerator());
        assertEquals(Set.of(1L), oct.numeratorChildren());
        assertEquals(1, tally("contacts", contacts, SEP).numerator());
    }

    @Test
    void aReReferralAtExactlyTwelveMonthsCountsAndOneDayLaterDoesNot() {
        List<InvolvementRow> referrals = List.of(
                inv(1, "REFERRAL", "2025-10-15", null), inv(1, "REFERRAL", "2026-10-15", null), // exactly 12 months: counts
                inv(2, "REFERRAL", "2025-10-14", null), inv(2, "REFERRAL", "2026-10-15", null), // 12 months and a day: not
                inv(3, "REFERRAL", "2026-10-20", null),                                         // first referral: not
                inv(4, "REFERRAL", "2026-03-01", null), inv(4, "REFERRAL", "2026-10-02", null)); // 7 months: counts
        // October: referrals of children 1, 2, 3 and 4 = 4; re-referrals 1 and 4 = 2; 50%.
        Tally oct = tally("re-referrals", referrals, OCT);
        assertEquals(2, oct.numerator());
        assertEquals(4, oct.denominator());
        assertEquals(Set.of(1L, 4L), oct.numeratorChildren());
    }

    @Test
    void referralsWithNoFurtherActionAreAShareOfTheMonthsReferrals() {
        List<InvolvementRow> referrals = List.of(
                new InvolvementRow(ids++, 1, "REFERRAL", d("2026-10-03"), null, null, true, null, null, null, null),
                new InvolvementRow(ids++, 2, "REFERRAL", d("2026-10-04"), null, null, false, null, null, null, null),
                new InvolvementRow(ids++, 3, "REFERRAL", d("2026-10-05"), null, null, false, null, null, null, null),
                new InvolvementRow(ids++, 4, "REFERRAL", d("2026-09-05"), null, null, true, null, null, null, null));
        Tally oct = tally("referrals-nfa", referrals, OCT);
        assertEquals(1, oct.numerator());
        assertEquals(3, oct.denominator());
    }

    @Test
    void assessmentsCountInTheMonthTheyWereAuthorised() {
        List<InvolvementRow> assessments = List.of(
                new InvolvementRow(ids++, 1, "ASSESSMENT", d("2026-09-20"), null, 9L, false, null, null, d("2026-10-02"), null),
                new InvolvementRow(ids++, 2, "ASSESSMENT", d("2026-10-01"), null, 9L, false, null, null, d("2026-11-02"), null));
        // Started in September, authorised in October: October's. The other is November's.
        assertEquals(1, tally("assessments", assessments, OCT).numerator());
        assertEquals(1, tally("assessments-rate", assessments, OCT).numerator());
        assertEquals(0, tally("assessments", assessments, SEP).numerator());
    }

    @Test
    void plansAndCareCountChildrenOpenAtTheEndOfTheMonthsLastDay() {
        List<InvolvementRow> plans = List.of(
                inv(1, "CP_PLAN", "2026-08-01", null),          // open: counts
                inv(2, "CP_PLAN", "2026-09-15", "2026-10-31"),  // ends on the last day: not open at its end
                inv(3, "CP_PLAN", "2026-10-31", null),          // starts on the last day: counts
                inv(4, "CP_PLAN", "2026-09-01", "2026-11-01"),  // crosses the month end: counts
                inv(4, "CP_PLAN", "2026-11-01", null));         // same child: once
        Tally oct = tally("cp-plans", plans, OCT);
        assertEquals(Set.of(1L, 3L, 4L), oct.numeratorChildren());
        assertEquals(3, oct.numerator());
        // September: 1, 2 and 4 (3 had not started).
        assertEquals(3, tally("cp-plans", plans, SEP).numerator());
        assertEquals(3, tally("cp-rate", plans, OCT).numerator());
    }

    @Test
    void aChildReEnteringCareIsAnEntrantAgainAndInCareAtMonthEnd() {
        List<InvolvementRow> periods = List.of(
                inv(1, "LOOKED_AFTER", "2026-03-01", "2026-09-10"),  // left in September
                inv(1, "LOOKED_AFTER", "2026-10-05", null),          // re-entered in October
                inv(2, "LOOKED_AFTER", "2026-10-12", "2026-10-20"),  // in and out within October
                inv(3, "LOOKED_AFTER", "2025-01-01", null));         // in care throughout
        List<CareSpells.Rows> care = List.of(new CareSpells.Rows(periods, List.of()));
        Tally in = tally("cla-entrants", care, OCT);
        assertEquals(Set.of(1L, 2L), in.numeratorChildren());
        assertEquals(1, tally("cla-leavers", care, SEP).numerator());
        assertEquals(Set.of(2L), tally("cla-leavers", care, OCT).numeratorChildren());
        assertEquals(Set.of(1L, 3L), tally("cla", care, OCT).numeratorChildren());
        assertEquals(Set.of(3L), tally("cla", care, SEP).numeratorChildren(), "child 1 left on 10 September");
        assertEquals(Set.of(1L, 3L), tally("cla-rate", care, OCT).numeratorChildren(), "the rate counts whom the count does");
    }

    @Test
    void shortBreaksAreNeitherInCareNorEntrantsNorLeavers() {
        InvolvementRow breaksOnly = inv(1, "LOOKED_AFTER", "2026-10-03", "2026-10-05");
        InvolvementRow breaksThenOrder = inv(2, "LOOKED_AFTER", "2026-06-01", null);
        InvolvementRow orderThenBreaks = inv(3, "LOOKED_AFTER", "2026-01-01", null);
        List<EpisodeRow> episodes = List.of(
                // Child 1: a weekend's short break in October (V3): not an entrant, not a leaver, not in care.
                new EpisodeRow(1, breaksOnly.id(), 1, d("2026-10-03"), d("2026-10-05"), "S", "U4", "PR1", "V3"),
                // Child 2: short breaks since June, then a care order from 14 October: enters care on 14 October.
                new EpisodeRow(2, breaksThenOrder.id(), 2, d("2026-06-01"), d("2026-10-14"), "S", "U4", "PR1", "V4"),
                new EpisodeRow(3, breaksThenOrder.id(), 2, d("2026-10-14"), null, "B", "U6", "PR4", "C2"),
                // Child 3: a care order until 20 September, then short breaks: leaves care on 20 September.
                new EpisodeRow(4, orderThenBreaks.id(), 3, d("2026-01-01"), d("2026-09-20"), "S", "U4", "PR1", "C2"),
                new EpisodeRow(5, orderThenBreaks.id(), 3, d("2026-09-20"), null, "B", "U4", "PR4", "V3"));
        List<CareSpells.Rows> care = List.of(new CareSpells.Rows(List.of(breaksOnly, breaksThenOrder, orderThenBreaks),
                episodes));
        assertEquals(Set.of(2L), tally("cla-entrants", care, OCT).numeratorChildren());
        assertEquals(0, tally("cla-entrants", care, YearMonth.of(2026, 6)).numerator(), "short breaks are no entry");
        assertEquals(0, tally("cla-leavers", care, OCT).numerator());
        assertEquals(Set.of(3L), tally("cla-leavers", care, SEP).numeratorChildren());
        assertEquals(Set.of(2L), tally("cla", care, OCT).numeratorChildren());
        assertEquals(Set.of(3L), tally("cla", care, YearMonth.of(2026, 8)).numeratorChildren());
        // Placements: child 2's short-break episode is no placement, and child 3 on short breaks at month end is not in care.
        Tally stability = tally("placement-stability", episodes, OCT);
        assertEquals(Set.of(2L), stability.denominatorChildren());
        assertEquals(1, tally("placement-ifa", episodes, OCT).denominator());
    }

    @Test
    void section47sCompletedInTheMonthLeadingToAConference() {
        List<InvolvementRow> enquiries = List.of(
                new InvolvementRow(ids++, 1, "SECTION_47", d("2026-09-25"), d("2026-10-06"), null, false, "ICPC", d("2026-10-20"), null, null),
                new InvolvementRow(ids++, 2, "SECTION_47", d("2026-10-01"), d("2026-10-09"), null, false, "NFA", null, null, null),
                new InvolvementRow(ids++, 3, "SECTION_47", d("2026-10-01"), d("2026-10-09"), null, false, "CIN", null, null, null),
                new InvolvementRow(ids++, 4, "SECTION_47", d("2026-10-20"), null, null, false, null, null, null, null));
        // Three completed in October, one to conference: 1 of 3. The open one is not counted yet.
        Tally oct = tally("s47-to-icpc", enquiries, OCT);
        assertEquals(1, oct.numerator());
        assertEquals(3, oct.denominator());
    }

    @Test
    void aSecondPlanCountsWhateverTheGapSinceTheFirst() {
        List<InvolvementRow> plans = List.of(
                inv(1, "CP_PLAN", "2019-02-01", "2019-12-01"), inv(1, "CP_PLAN", "2026-10-04", null),  // second: counts
                inv(2, "CP_PLAN", "2026-10-08", null));                                                  // first
        Tally oct = tally("cp-second-plan", plans, OCT);
        assertEquals(1, oct.numerator());
        assertEquals(2, oct.denominator());
        assertEquals(Set.of(1L), oct.numeratorChildren());
    }

    private EpisodeRow ep(long person, String start, String end, String rne, String place, String provider) {
        return new EpisodeRow(ids++, 100 + person, person, d(start), d(end), rne, place, provider);
    }

    @Test
    void placementStabilityCountsPlacementsInTheYearNotLegalStatusChanges() {
        List<EpisodeRow> episodes = List.of(
                // Child 1: placements starting 2025-09-01 (before the year, open into it), 2026-02-01, 2026-06-01: 3.
                ep(1, "2025-09-01", "2026-02-01", "S", "U4", "PR1"),
                ep(1, "2026-02-01", "2026-06-01", "P", "U6", "PR4"),
                ep(1, "2026-06-01", null, "P", "K2", "PR4"),
                // Child 2: one placement with a legal status change: 1 placement (the L episode continues it).
                ep(2, "2026-01-01", "2026-05-01", "S", "U4", "PR1"),
                ep(2, "2026-05-01", "2026-08-01", "L", "U4", "PR1"),
                ep(2, "2026-08-01", null, "P", "U4", "PR1"),
                // Child 3: three placements but the last one ended before October's end: not in care at month end.
                ep(3, "2026-01-01", "2026-03-01", "S", "U4", "PR1"),
                ep(3, "2026-03-01", "2026-05-01", "P", "U4", "PR1"),
                ep(3, "2026-05-01", "2026-10-31", "P", "U4", "PR1"),
                // Child 4: an episode that ended a year and a day before 31 October 2026 does not count.
                ep(4, "2025-06-01", "2025-10-31", "S", "U4", "PR1"),
                ep(4, "2025-10-31", "2026-04-01", "P", "U4", "PR1"),
                ep(4, "2026-04-01", null, "P", "Z13", "PR4"),
                // Child 5: foster care, a move, then placed for adoption with the same (current) foster carer:
                // A5 with RNE T continues the placement, so 2 placements, not 3.
                ep(5, "2026-01-01", "2026-04-01", "S", "U4", "PR1"),
                ep(5, "2026-04-01", "2026-09-01", "P", "U6", "PR1"),
                ep(5, "2026-09-01", null, "T", "A5", "PR1"));
        // October 2026, year 1 Nov 2025 - 31 Oct 2026: in care at month end 1, 2, 4.
        // Child 1: 3 placements; child 2: 2 (S, then P; the L episode does not count); child 4: 2 (the episode
        // ended 31 Oct 2025 is before the year; the one from 31 Oct 2025 to April overlaps it, then Z13).
        Tally oct = tally("placement-stability", episodes, OCT);
        assertEquals(4, oct.denominator());
        assertEquals(Set.of(1L), oct.numeratorChildren(), "child 5's move to A5 with the same carer is no new placement");
        // Placement mix at the end of October: child 1 K2/PR4 (residential, independent), child 2 U4/PR1 (in-house),
        // child 4 Z13 (unregulated).
        assertEquals(Set.of(1L), tally("placement-residential", episodes, OCT).numeratorChildren());
        assertEquals(Set.of(2L), tally("placement-in-house", episodes, OCT).numeratorChildren(), "A5 is not foster care");
        assertEquals(Set.of(4L), tally("placement-unregulated", episodes, OCT).numeratorChildren());
        assertEquals(0, tally("placement-ifa", episodes, OCT).numerator());
        assertEquals(4, tally("placement-ifa", episodes, OCT).denominator());
        // At the end of March 2026 children 1 to 5 were placed; child 1 with U6/PR4, an independent fostering agency.
        Tally march = tally("placement-ifa", episodes, YearMonth.of(2026, 3));
        assertEquals(Set.of(1L), march.numeratorChildren());
        assertEquals(5, march.denominator());
    }

    private ActivityRow visit(long person, String date, String type, boolean seen) {
        return new ActivityRow(ids++, "VISIT", 500 + person, person, d(date), type, seen);
    }

    @Test
    void visitsWithinTimescaleFollowTheTypesTimescaleAndWorkingDays() {
        List<ActivityRow> visits = new ArrayList<>(List.of(
                // CIN, 6 weeks: 1 Sep + 6 weeks = 13 Oct. 13 Oct is in time.
                visit(1, "2026-09-01", "CIN", true), visit(1, "2026-10-13", "CIN", true),
                // CIN: 2 Sep + 6 weeks = 14 Oct; 15 Oct is late.
                visit(2, "2026-09-02", "CIN", true), visit(2, "2026-10-15", "CIN", true),
                // CP, 10 working days from Fri 2 Oct 2026: 5-9 Oct (5), 12-16 Oct (10): due Fri 16 Oct; 16 Oct in time.
                visit(3, "2026-10-02", "CP", true), visit(3, "2026-10-16", "CP", true),
                // CP: from Fri 16 Oct, due Fri 30 Oct; Mon 2 Nov is November's.
                visit(3, "2026-11-02", "CP", true),
                // Child 4 was not seen in September, so the October visit has no earlier visit where the child was
                // seen to be measured from: not measured.
                visit(4, "2026-09-20", "CIN", false), visit(4, "2026-10-20", "CIN", true),
                // Child 6, seen 1 Sep: on 5 Oct not seen (a visit, not within timescale); seen 12 Oct, within
                // 6 weeks of 1 Sep (due 13 Oct): in time.
                visit(6, "2026-09-01", "CIN", true), visit(6, "2026-10-05", "CIN", false),
                visit(6, "2026-10-12", "CIN", true),
                // OTHER has no timescale.
                visit(5, "2026-09-01", "OTHER", true), visit(5, "2026-10-30", "OTHER", true)));
        // October measured: child 1 (in time), child 2 (late), child 3 16 Oct (in time; the 2 Oct visit is its
        // first), child 6 twice (not seen: not in time; seen: in time). 3 of 5.
        Tally oct = tally("visits-in-timescale", visits, OCT);
        assertEquals(5, oct.denominator());
        assertEquals(3, oct.numerator());
        assertEquals(Set.of(1L, 3L, 6L), oct.numeratorChildren());
        // November: child 3's 2 Nov visit came after the 30 Oct due date: 0 of 1.
        Tally nov = tally("visits-in-timescale", visits, YearMonth.of(2026, 11));
        assertEquals(0, nov.numerator());
        assertEquals(1, nov.denominator());
    }

    @Test
    void visitsListEachVisitSoTheRowsAddUpToTheFigure() {
        List<ActivityRow> visits = List.of(
                // Child 6, seen 1 Sep: on 5 Oct not seen, on 12 Oct seen (due 13 Oct), on 30 Oct seen (due 23 Nov,
                // from 12 Oct), and child 2 late on 15 Oct. Child 6 has three October visits, one not seen.
                visit(6, "2026-09-01", "CIN", true), visit(6, "2026-10-05", "CIN", false),
                visit(6, "2026-10-12", "CIN", true), visit(6, "2026-10-30", "CIN", true),
                visit(2, "2026-09-02", "CIN", true), visit(2, "2026-10-15", "CIN", true));
        Tally oct = tally("visits-in-timescale", visits, OCT);
        assertEquals(2, oct.numerator());
        assertEquals(4, oct.denominator());
        List<Item> rows = oct.items();
        assertEquals(4, rows.size(), "one row a visit, not one a child");
        assertEquals(oct.numerator(), rows.stream().mapToLong(Item::numerator).sum());
        assertEquals(oct.denominator(), rows.stream().filter(Item::inDenominator).count());
        Item unseen = rows.stream().filter(r -> r.date().equals(d("2026-10-05"))).findFirst().orElseThrow();
        assertEquals("Child not seen", unseen.outcome());
        assertEquals(d("2026-10-13"), unseen.due());
        Item late = rows.stream().filter(r -> r.personId() == 2L).findFirst().orElseThrow();
        assertEquals("Late", late.outcome());
        assertEquals(d("2026-10-14"), late.due());
        assertEquals(0, late.numerator());
        Item last = rows.stream().filter(r -> r.date().equals(d("2026-10-30"))).findFirst().orElseThrow();
        assertEquals(d("2026-11-23"), last.due(), "measured from the 12 October visit, the last at which the child was seen");
        assertEquals("On time", last.outcome());
    }

    @Test
    void countingTheWholeWindowAtOnceGivesEachMonthsTallyAlone() throws Exception {
        List<ActivityRow> visits = new ArrayList<>();
        // Three children's CP and CIN visits every 9 to 16 days over two years, some not seen.
        java.util.Random random = new java.util.Random(7);
        for (long child = 1; child <= 3; child++) {
            for (LocalDate v = d("2025-01-03"); v.isBefore(d("2026-12-31")); v = v.plusDays(9 + random.nextInt(8))) {
                visits.add(visit(child, v.toString(), child == 2 ? "CIN" : "CP", random.nextInt(6) > 0));
            }
        }
        WithinTimescale indicator = (WithinTimescale) indicators.get("visits-in-timescale");
        Window window = new Window(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        Map<YearMonth, Tally> together = indicator.tallies(visits, window.months());
        for (YearMonth month : window.months()) {
            Tally alone = indicator.tally(visits, month);
            assertEquals(alone.numerator(), together.get(month).numerator(), month + " numerator");
            assertEquals(alone.denominator(), together.get(month).denominator(), month + " denominator");
            assertEquals(alone.items(), together.get(month).items(), month + " rows");
        }
    }

    @Test
    void eventMeasuresListEventsAndChildMeasuresChildren() {
        List<InvolvementRow> referrals = List.of(inv(1, "REFERRAL", "2026-10-01", null),
                inv(1, "REFERRAL", "2026-10-20", null), inv(2, "REFERRAL", "2026-10-03", null));
        // Child 1 referred twice in October: two rows, the second a re-referral.
        Tally rereferrals = tally("re-referrals", referrals, OCT);
        assertEquals(1, rereferrals.numerator());
        assertEquals(3, rereferrals.denominator());
        assertEquals(3, rereferrals.items().size());
        assertEquals(1, rereferrals.items().stream().mapToLong(Item::numerator).sum());
        Tally count = tally("referrals", referrals, OCT);
        assertEquals(3, count.items().size());
        assertEquals(3, count.items().stream().mapToLong(Item::numerator).sum());
        // A measure of children: one row a child, however many plans.
        Tally plans = tally("cp-plans", List.of(inv(1, "CP_PLAN", "2026-01-01", null),
                inv(1, "CP_PLAN", "2026-02-01", null), inv(3, "CP_PLAN", "2026-03-01", null)), OCT);
        assertEquals(2, plans.numerator());
        assertEquals(2, plans.items().size());
        assertEquals(List.of("Child", "Child"), plans.items().stream().map(Item::what).toList());
    }

    @Test
    void supervisionsWithinFourWeeksOfTheCasesPreviousOne() {
        List<ActivityRow> supervisions = List.of(
                new ActivityRow(ids++, "SUPERVISION", 700, 1, d("2026-09-10"), null, false),
                new ActivityRow(ids++, "SUPERVISION", 700, 1, d("2026-10-08"), null, false),  // 28 days: in time
                new ActivityRow(ids++, "SUPERVISION", 701, 2, d("2026-09-10"), null, false),
                new ActivityRow(ids++, "SUPERVISION", 701, 2, d("2026-10-09"), null, false)); // 29 days: late
        Tally oct = tally("supervision-in-timescale", supervisions, OCT);
        assertEquals(1, oct.numerator());
        assertEquals(2, oct.denominator());
    }

    @Test
    void caseloadsAtMonthEnd() {
        List<AllocationRow> allocations = new ArrayList<>();
        // Worker 10 holds 20 children at the end of October; worker 11 holds 2 (one ended on 31 Oct: not held).
        for (long child = 1; child <= 20; child++) {
            allocations.add(new AllocationRow(900 + child, child, 10, 1, d("2026-01-01"), null));
        }
        allocations.add(new AllocationRow(950, 50, 11, 1, d("2026-05-01"), null));
        allocations.add(new AllocationRow(951, 51, 11, 1, d("2026-10-31"), null));
        allocations.add(new AllocationRow(952, 52, 11, 1, d("2026-05-01"), d("2026-10-31")));
        // Worker 12, a youth justice officer, holds 3 children with no social-care work open: not a caseholder.
        for (long child = 60; child <= 62; child++) {
            allocations.add(new AllocationRow(900 + child, child, 12, 2, d("2026-01-01"), null));
        }
        // Social-care work open at the end of October: child 1 (worker 10) and child 51 (worker 11); child 60's
        // CIN plan ended on 31 October.
        List<InvolvementRow> work = List.of(inv(1, "CP_PLAN", "2026-02-01", null), inv(51, "CIN_PLAN", "2026-10-31", null),
                inv(60, "CIN_PLAN", "2026-01-01", "2026-10-31"));
        List<Caseloads.Rows> rows = List.of(new Caseloads.Rows(allocations, work));
        // 22 children over 2 caseholders = 11 each.
        Tally perWorker = tally("caseload-per-worker", rows, OCT);
        assertEquals(22, perWorker.numerator());
        assertEquals(2, perWorker.denominator());
        // At the end of September child 60's plan was open, so worker 12 was a caseholder (3 children); worker 11
        // (children 50 and 52, no social-care work; child 51's plan starts on 31 October) was not: 23 over 2.
        Tally september = tally("caseload-per-worker", rows, SEP);
        assertEquals(2, september.denominator());
        assertEquals(23, september.numerator());
        Tally heavy = tally("caseholders-20-plus", rows, OCT);
        assertEquals(1, heavy.numerator());
        assertEquals(20, heavy.numeratorChildren().size());
        // The rows are the caseholders: each adds its children to the numerator and one to the denominator.
        assertEquals(2, perWorker.items().size());
        assertEquals(22, perWorker.items().stream().mapToLong(Item::numerator).sum());
        assertEquals(List.of(20L, 2L), perWorker.items().stream().map(Item::numerator).toList());
        assertEquals(1, heavy.items().size());
        assertEquals(1, heavy.items().get(0).numerator());
    }
}
