package org.harbour.performance.indicators.domain;

import org.harbour.core.activity.application.ActivityTimescales;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.casedata.AllocationRow;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.core.spi.casedata.ReviewRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measures the DfE and Ofsted publish beside the first scorecard, each against small histories
 * worked out by hand at their edges (England's working days with the real bank holidays).
 */
class NewMeasuresTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private final Map<String, ComputedIndicator<?>> indicators = ComputedIndicators.all(
                    new Timescales(new WorkingDayCalendar()), new ActivityTimescales()).stream()
            .collect(Collectors.toMap(ComputedIndicator::id, Function.identity()));
    private long ids = 1;

    @SuppressWarnings("unchecked")
    private <R> Tally tally(String id, List<R> rows, YearMonth month) {
        return ((ComputedIndicator<R>) indicators.get(id)).tally(rows, month);
    }

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private InvolvementRow inv(long person, String kind, String start, String end) {
        return new InvolvementRow(ids++, person, kind, d(start), d(end), null, false, null, null, null, null);
    }

    private InvolvementRow assessment(long person, String start, String authorised) {
        return new InvolvementRow(ids++, person, "ASSESSMENT", d(start), null, null, false, null, null, d(authorised),
                null);
    }

    private InvolvementRow enquiry(long person, String start, String conference) {
        return new InvolvementRow(ids++, person, "SECTION_47", d(start), d(start).plusDays(5), null, false, "ICPC",
                d(conference), null, null);
    }

    private InvolvementRow plan(long person, String start, String end, String category) {
        return new InvolvementRow(ids++, person, "CP_PLAN", d(start), d(end), null, false, null, null, null, category);
    }

    @Test
    void anAssessmentOnThe45thWorkingDayIsOnTimeAndOnThe46thLateAcrossTheAugustBankHoliday() {
        // Started Monday 10 August 2026; 31 August is a bank holiday, so the 45th working day is Tuesday 13
        // October (without the holiday it would be the 12th). Authorised 13 Oct: on time; 14 Oct: late;
        // 30 Sep: on time; one authorised in September is not October's.
        List<InvolvementRow> rows = List.of(assessment(1, "2026-08-10", "2026-10-13"),
                assessment(2, "2026-08-10", "2026-10-14"), assessment(3, "2026-08-20", "2026-10-01"),
                assessment(4, "2026-08-10", "2026-09-30"));
        Tally oct = tally("assessments-45-days", rows, OCT);
        assertEquals(2, oct.numerator());
        assertEquals(3, oct.denominator());
        assertEquals(Set.of(1L, 3L), oct.numeratorChildren());
        Item onTheDay = oct.items().stream().filter(i -> i.personId() == 1).findFirst().orElseThrow();
        assertEquals(d("2026-10-13"), onTheDay.due());
        assertEquals("Within 45 working days", onTheDay.outcome());
        assertEquals("Late", oct.items().stream().filter(i -> i.personId() == 2).findFirst().orElseThrow().outcome());
    }

    @Test
    void anInitialConferenceWithin15WorkingDaysOfTheEnquirysStartCountsInTheMonthItIsHeld() {
        // Enquiry started Thursday 20 August 2026: 15 working days (31 August a bank holiday) is Friday 11
        // September. Held 11 Sep: in time; 14 Sep: late. An enquiry ended before its conference still counts
        // in the conference's month; one held in October is not September's.
        List<InvolvementRow> rows = List.of(enquiry(1, "2026-08-20", "2026-09-11"),
                enquiry(2, "2026-08-20", "2026-09-14"), enquiry(3, "2026-09-20", "2026-10-02"));
        Tally sep = tally("icpc-15-days", rows, YearMonth.of(2026, 9));
        assertEquals(1, sep.numerator());
        assertEquals(2, sep.denominator());
        assertEquals(d("2026-09-11"), sep.items().get(0).due());
        assertEquals(1, tally("icpc-15-days", rows, OCT).denominator());
    }

    @Test
    void aPlanOfExactlyTwoYearsHasLastedTwoYearsAndADayLessHasNot() {
        List<InvolvementRow> plans = List.of(plan(1, "2024-10-15", "2026-10-15", "NEG"), // exactly two years: counts
                plan(2, "2024-10-15", "2026-10-14", "NEG"),                              // a day short: not
                plan(3, "2026-01-01", "2026-10-20", "PHY"),                              // months: not
                plan(4, "2024-10-31", null, "EMO"),                                       // open two years on 31 Oct
                plan(5, "2024-11-01", null, "NEG"));                                      // open a day short
        Tally ended = tally("cp-ended-2-years", plans, OCT);
        assertEquals(1, ended.numerator());
        assertEquals(3, ended.denominator());
        assertEquals(Set.of(1L), ended.numeratorChildren());
        Tally open = tally("cp-open-2-years", plans, OCT);
        assertEquals(1, open.numerator());
        assertEquals(2, open.denominator());
        assertEquals(Set.of(4L), open.numeratorChildren());
    }

    @Test
    void childrenOnPlansByInitialCategoryAddUpToAllChildrenOnPlans() {
        List<InvolvementRow> plans = List.of(plan(1, "2026-01-01", null, "NEG"), plan(2, "2026-02-01", null, "NEG"),
                plan(3, "2026-03-01", null, "EMO"), plan(3, "2026-05-01", null, "MUL"), // two plans: the later one's
                plan(4, "2026-03-01", "2026-10-31", "PHY"));                               // ended on the last day
        long counted = 0;
        for (String c : List.of("neg", "phy", "sab", "emo", "mul")) {
            Tally t = tally("cp-category-" + c, plans, OCT);
            assertEquals(3, t.denominator(), c);
            counted += t.numerator();
        }
        assertEquals(3, counted, "each child in one category");
        assertEquals(2, tally("cp-category-neg", plans, OCT).numerator());
        assertEquals(1, tally("cp-category-mul", plans, OCT).numerator());
        assertEquals(0, tally("cp-category-emo", plans, OCT).numerator());
    }

    @Test
    void childrenInNeedAndRatesCountOpenEpisodesAndStartsInTheMonth() {
        List<InvolvementRow> referrals = List.of(inv(1, "REFERRAL", "2026-01-01", null),
                inv(2, "REFERRAL", "2026-10-05", "2026-10-31"), inv(3, "REFERRAL", "2026-10-20", null),
                inv(3, "REFERRAL", "2026-02-01", "2026-11-01"));
        Tally open = tally("children-in-need", referrals, OCT);
        assertEquals(Set.of(1L, 3L), open.numeratorChildren(), "2 closed on the 31st; 3 once");
        assertEquals(2, open.numerator());
        assertEquals(2, tally("referrals-rate", referrals, OCT).numerator());
        assertEquals(2, tally("cp-plan-starts-rate", List.of(inv(1, "CP_PLAN", "2026-10-01", null),
                inv(2, "CP_PLAN", "2026-10-31", null), inv(3, "CP_PLAN", "2026-11-01", null)), OCT).numerator());
    }

    @Test
    void earlyHelpCountsChildrenOpenAtMonthEndOnceAndEachEpisodeStartingInTheMonth() {
        List<InvolvementRow> help = List.of(inv(1, "EARLY_HELP", "2026-03-01", null),   // open: counts, began before
                inv(2, "EARLY_HELP", "2026-10-01", "2026-10-31"),                      // closed on the 31st: a start only
                inv(3, "EARLY_HELP", "2026-10-31", null),                              // began on the last day: both
                inv(3, "EARLY_HELP", "2026-10-02", "2026-10-20"),                      // same child again: a start
                inv(4, "EARLY_HELP", "2026-11-01", null));                             // November's
        Tally open = tally("early-help", help, OCT);
        assertEquals(Set.of(1L, 3L), open.numeratorChildren());
        assertEquals(2, open.numerator());
        Tally starts = tally("early-help-starts", help, OCT);
        assertEquals(3, starts.numerator(), "each episode begun in October is a row, child 3's two included");
        assertEquals(3, starts.items().size());
    }

    @Test
    void strategyDiscussionsSection47sTheirRateAndCinPlansCountTheMonthsRecords() {
        // Each measure reads its own kind of record; the rows here are what each read gives.
        List<InvolvementRow> discussions = List.of(inv(1, "STRATEGY_DISCUSSION", "2026-10-01", null),
                inv(2, "STRATEGY_DISCUSSION", "2026-09-30", null));
        List<InvolvementRow> enquiries = List.of(inv(1, "SECTION_47", "2026-10-02", "2026-10-20"),
                inv(2, "SECTION_47", "2026-10-31", null), inv(3, "SECTION_47", "2026-11-01", null));
        List<InvolvementRow> cinPlans = List.of(inv(4, "CIN_PLAN", "2026-05-01", null),
                inv(5, "CIN_PLAN", "2026-05-01", "2026-10-31"), inv(4, "CIN_PLAN", "2026-10-10", null));
        assertEquals(1, tally("strategy-discussions", discussions, OCT).numerator(), "30 September is not October's");
        assertEquals(2, tally("section-47s", enquiries, OCT).numerator(), "1 and 31 October; not 1 November");
        assertEquals(2, tally("section-47s-rate", enquiries, OCT).numerator());
        Tally cin = tally("cin-plans", cinPlans, OCT);
        assertEquals(Set.of(4L), cin.numeratorChildren(), "child 5's plan ended on the 31st; child 4 once");
        assertEquals(Set.of(4L, 5L), tally("cin-plans", cinPlans, YearMonth.of(2026, 9)).numeratorChildren());
        // The rate of children in need counts the children the count does: 1 and 3 open at October's end.
        List<InvolvementRow> referrals = List.of(inv(1, "REFERRAL", "2026-01-01", null),
                inv(2, "REFERRAL", "2026-10-05", "2026-10-31"), inv(3, "REFERRAL", "2026-10-20", null));
        assertEquals(Set.of(1L, 3L), tally("children-in-need-rate", referrals, OCT).numeratorChildren());
    }

    private static ReviewRow review(long id, long person, String held, String type) {
        return new ReviewRow(id, person, d(held), type);
    }

    @Test
    void childProtectionReviewsFirstWithinThreeMonthsThenEverySix() {
        ReviewTimeliness cp = (ReviewTimeliness) indicators.get("cp-reviews-in-time");
        List<ReviewTimeliness.Stretch> plans = List.of(
                new ReviewTimeliness.Stretch(1, d("2026-01-10"), null),   // reviews 10 Apr (due), 10 Oct (due): in time
                new ReviewTimeliness.Stretch(2, d("2026-01-10"), null),   // first review 11 Apr: late
                new ReviewTimeliness.Stretch(3, d("2026-03-15"), null),   // review 1 Jun; next due 1 Dec: in time
                new ReviewTimeliness.Stretch(4, d("2026-04-20"), null),   // no review; due 20 Jul: overdue
                new ReviewTimeliness.Stretch(5, d("2026-08-01"), null));  // under 3 months: not yet measured
        List<ReviewRow> reviews = List.of(review(1, 1, "2026-04-10", "CP_CONFERENCE"),
                review(2, 1, "2026-10-10", "CP_CONFERENCE"), review(3, 2, "2026-04-11", "CP_CONFERENCE"),
                review(4, 2, "2026-09-01", "CP_CONFERENCE"), review(5, 3, "2026-06-01", "CP_CONFERENCE"),
                review(6, 4, "2026-06-01", "CLA_REVIEW"));
        Tally oct = cp.tally(List.of(new ReviewTimeliness.Rows(plans, reviews)), OCT);
        assertEquals(4, oct.denominator());
        assertEquals(Set.of(1L, 3L), oct.numeratorChildren());
        assertTrue(oct.items().stream().anyMatch(i -> i.personId() == 4 && i.outcome().contains("not held")));
    }

    @Test
    void lookedAfterReviewsFirstWithin20WorkingDaysSecondWithinThreeMonths() {
        ReviewTimeliness cla = (ReviewTimeliness) indicators.get("cla-reviews-in-time");
        // Looked after from Monday 3 August 2026: 20 working days (31 Aug a bank holiday) is 1 September.
        // Child 1: reviewed 1 Sep (in time), second due 1 Dec: in time at the end of October. Child 2: first
        // review 2 Sep: late. Child 3: looked after from 12 October: first not due until November, not measured.
        List<ReviewTimeliness.Stretch> spells = List.of(new ReviewTimeliness.Stretch(1, d("2026-08-03"), null),
                new ReviewTimeliness.Stretch(2, d("2026-08-03"), null),
                new ReviewTimeliness.Stretch(3, d("2026-10-12"), null));
        List<ReviewRow> reviews = List.of(review(1, 1, "2026-09-01", "CLA_REVIEW"),
                review(2, 2, "2026-09-02", "CLA_REVIEW"));
        assertEquals(d("2026-09-01"), cla.firstDue(d("2026-08-03")));
        Tally oct = cla.tally(List.of(new ReviewTimeliness.Rows(spells, reviews)), OCT);
        assertEquals(2, oct.denominator());
        assertEquals(Set.of(1L), oct.numeratorChildren());
        assertEquals(d("2026-12-01"), cla.nextDue(d("2026-09-01"), 1));
        assertEquals(d("2027-06-01"), cla.nextDue(d("2026-12-01"), 2));
    }

    private EpisodeRow episode(long period, long person, String start, String end, String rne, String place,
                               String legal) {
        return new EpisodeRow(ids++, period, person, d(start), d(end), rne, place, "PR1", legal);
    }

    @Test
    void longTermStabilityCountsUnder16sInCareTwoAndAHalfYearsInTheSamePlacementTwoYears() {
        LocalDate end = OCT.atEndOfMonth();
        // 1: in care since 30 Apr 2024 (exactly 2.5 years), placed since 31 Oct 2024 with a legal status change
        //    (L) in 2025 and placed for adoption with the same carer (A5, T) in 2026: same placement 2 years: counts.
        // 2: in care since 2023, moved on 1 Nov 2024: a day short of two years: not.
        // 3: in care since 1 May 2024: a day short of 2.5 years: not measured.
        // 4: turns 16 on 31 Oct: not measured. 5: no date of birth: not measured.
        InvolvementRow p1 = inv(1, "LOOKED_AFTER", "2024-04-30", null);
        InvolvementRow p2 = inv(2, "LOOKED_AFTER", "2023-01-01", null);
        InvolvementRow p3 = inv(3, "LOOKED_AFTER", "2024-05-01", null);
        InvolvementRow p4 = inv(4, "LOOKED_AFTER", "2020-01-01", null);
        InvolvementRow p5 = inv(5, "LOOKED_AFTER", "2020-01-01", null);
        List<EpisodeRow> episodes = List.of(
                episode(p1.id(), 1, "2024-04-30", "2024-10-31", "S", "U4", "C2"),
                episode(p1.id(), 1, "2024-10-31", "2025-06-01", "P", "U4", "C1"),
                episode(p1.id(), 1, "2025-06-01", "2026-03-01", "L", "U4", "C2"),
                episode(p1.id(), 1, "2026-03-01", null, "T", "A5", "E1"),
                episode(p2.id(), 2, "2023-01-01", "2024-11-01", "S", "U4", "C2"),
                episode(p2.id(), 2, "2024-11-01", null, "P", "U5", "C2"),
                episode(p3.id(), 3, "2024-05-01", null, "S", "U4", "C2"),
                episode(p4.id(), 4, "2020-01-01", null, "S", "U4", "C2"),
                episode(p5.id(), 5, "2020-01-01", null, "S", "U4", "C2"));
        Map<Long, LocalDate> born = Map.of(1L, d("2015-01-01"), 2L, d("2015-01-01"), 3L, d("2015-01-01"),
                4L, end.minusYears(16));
        Tally oct = tally("placement-long-term", List.of(new LongTermStability.Rows(
                new CareSpells.Rows(List.of(p1, p2, p3, p4, p5), episodes), born)), OCT);
        assertEquals(2, oct.denominator());
        assertEquals(Set.of(1L), oct.numeratorChildren());
        assertEquals(d("2024-10-31"), LongTermStability.placementStart(episodes.subList(0, 4), end));
    }

    @Test
    void childrenWithTwoOrMoreWorkersInTheSixMonthsToMonthEnd() {
        // Six months to 31 Oct 2026 begin on 1 May. 1: worker 10 until 1 May, then 11: two workers. 2: worker
        // 10 until 30 April, then 11: one in the six months. 3: two workers but no social-care work open: out.
        // 4: had two workers but none allocated at month end: out.
        List<AllocationRow> allocations = List.of(
                new AllocationRow(1, 1, 10, 1, d("2026-01-01"), d("2026-05-01")),
                new AllocationRow(1, 1, 11, 1, d("2026-05-01"), null),
                new AllocationRow(2, 2, 10, 1, d("2026-01-01"), d("2026-04-30")),
                new AllocationRow(2, 2, 11, 1, d("2026-04-30"), null),
                new AllocationRow(3, 3, 10, 1, d("2026-06-01"), d("2026-07-01")),
                new AllocationRow(3, 3, 11, 1, d("2026-07-01"), null),
                new AllocationRow(4, 4, 10, 1, d("2026-06-01"), d("2026-07-01")),
                new AllocationRow(4, 4, 11, 1, d("2026-07-01"), d("2026-10-31")));
        List<InvolvementRow> work = List.of(inv(1, "CIN_PLAN", "2026-01-01", null),
                inv(2, "CP_PLAN", "2026-01-01", null), inv(4, "CIN_PLAN", "2026-01-01", null));
        Tally oct = tally("children-2-plus-workers", List.of(new Caseloads.Rows(allocations, work)), OCT);
        assertEquals(2, oct.denominator());
        assertEquals(Set.of(1L), oct.numeratorChildren());
    }

    private InvolvementDetailRow leaver(long person, String start, String inTouch, String activity, String accom) {
        return new InvolvementDetailRow(ids++, person, "CARE_LEAVER", d(start), null, null, null, null, false, null,
                null, null, null, null, null, null, "FORMER", inTouch, activity, accom);
    }

    @Test
    void careLeaversAged19To21InTouchSuitablyAccommodatedAndInEducationEmploymentOrTraining() {
        LocalDate end = OCT.atEndOfMonth();
        // 1: 19 on 31 Oct, in touch, H1 (suitable), F2 (education): all three. 2: 21, in touch, B2 (not
        // suitable), G5 (NEET). 3: not in touch, nothing recorded. 4: turns 22 on 31 Oct: out. 5: 18: out.
        List<InvolvementDetailRow> leavers = List.of(leaver(1, "2025-01-01", "YES", "F2", "H1"),
                leaver(2, "2024-01-01", "YES", "G5", "B2"), leaver(3, "2024-01-01", "NO", null, null),
                leaver(4, "2022-01-01", "YES", "F1", "H1"), leaver(5, "2026-01-01", "YES", "F1", "H1"));
        Map<Long, LocalDate> born = Map.of(1L, end.minusYears(19), 2L, end.minusYears(21).plusDays(1),
                3L, d("2006-01-01"), 4L, end.minusYears(22), 5L, d("2008-01-01"));
        List<CareLeaverOutcomes.Rows> rows = List.of(new CareLeaverOutcomes.Rows(leavers, born));
        Tally inTouch = tally("care-leavers-in-touch", rows, OCT);
        assertEquals(3, inTouch.denominator());
        assertEquals(Set.of(1L, 2L), inTouch.numeratorChildren());
        assertEquals(Set.of(1L), tally("care-leavers-suitable-accommodation", rows, OCT).numeratorChildren());
        assertEquals(Set.of(1L), tally("care-leavers-eet", rows, OCT).numeratorChildren());
    }

    @Test
    void everyNewMeasuresRowsAddUpToItsFigure() {
        List<InvolvementRow> plans = List.of(plan(1, "2024-10-15", "2026-10-15", "NEG"), plan(2, "2026-01-01", null,
                "PHY"), plan(2, "2026-02-01", null, "SAB"));
        for (String id : List.of("cp-ended-2-years", "cp-open-2-years", "cp-category-sab", "cp-plan-starts-rate")) {
            Tally t = tally(id, plans, OCT);
            assertEquals(t.numerator(), t.items().stream().mapToLong(Item::numerator).sum(), id);
            if (t.denominator() != null) {
                assertEquals(t.denominator().longValue(), t.items().stream().filter(Item::inDenominator).count(), id);
            }
        }
    }
}
