package org.harbour.send.sen2.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule with a record that passes and one that fails it, for the census of 15 January 2026. */
class Sen2RulesTest {

    private static final ReturnPeriod PERIOD = new ReturnPeriod("2026", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 1, 15));
    private static final LocalDate BORN = LocalDate.of(2015, 3, 2);
    /** Check letter worked by hand: 9x2+9x3+9x4+2x5+1x9+5x10+1x13 = 163, 163 mod 23 = 2, the letter C. */
    private static final String UPN = "C999200015001";

    private static Sen2Person.Sen2Plan plan(LocalDate start, LocalDate ceased, String reason, List<Sen2Person.Sen2Need> needs,
                                            List<Sen2Person.Sen2Placement> placements) {
        return new Sen2Person.Sen2Plan(start, false, false, false, false, false, ceased, reason, placements, needs, null);
    }

    private static Sen2Person.Sen2Plan goodPlan() {
        return plan(LocalDate.of(2025, 6, 2), null, null, List.of(new Sen2Person.Sen2Need("ASD", 1), new Sen2Person.Sen2Need("SLCN", 2)),
                List.of(new Sen2Person.Sen2Placement("100001", null, "MS", 1)));
    }

    private static Sen2Person.Sen2Request request(LocalDate received, LocalDate outcomeDate, Sen2Person.Sen2Plan plan) {
        return new Sen2Person.Sen2Request(received, "PA", false, outcomeDate, "Y", false, false,
                new Sen2Person.Sen2Assessment("Y", plan == null ? null : plan.startDate(), false, plan));
    }

    private static Sen2Person person(String surname, LocalDate born, String upn, String upnUnknown, Sen2Person.Sen2Request... requests) {
        return new Sen2Person(9L, surname, "Ada", born, "F", "WBRI", "HB1 2CD", upn, null, upnUnknown, List.of(requests));
    }

    private static Sen2Person good() {
        return person("Lovelace", BORN, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20), goodPlan()));
    }

    private static List<String> codes(Sen2Person p) {
        return Sen2Rules.check(p, PERIOD).stream().map(ValidationMessage::ruleCode).toList();
    }

    @Test
    void aCompleteRecordPassesEveryRule() {
        assertEquals(List.of(), codes(good()));
    }

    @Test
    void namesMustBePresent() {
        assertTrue(codes(person(" ", BORN, UPN, null)).contains("SEN2-100"));
        assertTrue(!codes(person("Lovelace", BORN, UPN, null)).contains("SEN2-100"));
    }

    @Test
    void theDateOfBirthMustBePresentAndMakeThePersonZeroToTwentyFive() {
        assertTrue(codes(person("Lovelace", null, UPN, null)).contains("SEN2-110"));
        assertTrue(codes(person("Lovelace", LocalDate.of(1998, 12, 31), null, null)).contains("SEN2-111"), "26 at the period's start");
        assertTrue(codes(person("Lovelace", LocalDate.of(2026, 2, 1), null, null)).contains("SEN2-111"), "born after the census");
        assertEquals(List.of(), codes(person("Lovelace", LocalDate.of(1999, 1, 2), UPN, null)), "25 at the period's start");
    }

    @Test
    void aUpnMustBeWellFormed() {
        assertTrue(codes(person("Lovelace", BORN, "12345", null)).contains("SEN2-120"));
        assertTrue(!codes(person("Lovelace", BORN, UPN, null)).contains("SEN2-120"));
    }

    @Test
    void aUpnNeedsTheRightCheckLetter() {
        assertTrue(codes(person("Lovelace", BORN, "A999200015001", null)).contains("SEN2-120"), "C is right, not A");
        assertTrue(codes(person("Lovelace", BORN, "C99920001500I", null)).contains("SEN2-120"), "I is not in the check alphabet");
    }

    @Test
    void aUpnUnknownReasonIsADfeCodeAndNeverBesideAUpn() {
        assertEquals(List.of("SEN2-122"), codes(person("Lovelace", BORN, UPN, "UN2")));
        assertEquals(List.of("SEN2-123"), codes(person("Lovelace", BORN, null, "UN9")));
        assertEquals(List.of(), codes(person("Lovelace", BORN, null, "UN7")));
    }

    @Test
    void aUlnNeedsTenDigitsAndItsCheckDigit() {
        LocalDate eighteen = LocalDate.of(2007, 5, 1);
        assertEquals(List.of(), codes(new Sen2Person(9L, "Lovelace", "Ada", eighteen, "F", "WBRI", "HB1 2CD", null, "9276308686",
                null, List.of())));
        assertEquals(List.of("SEN2-130"), codes(new Sen2Person(9L, "Lovelace", "Ada", eighteen, "F", "WBRI", "HB1 2CD", null,
                "9276308687", null, List.of())));
        assertEquals(List.of("SEN2-130"), codes(new Sen2Person(9L, "Lovelace", "Ada", eighteen, "F", "WBRI", "HB1 2CD", UPN,
                "0276308686", null, List.of())), "the first digit is never 0");
    }

    @Test
    void aYoungPersonOfSixteenWithNeitherNumberIsWarned() {
        List<ValidationMessage> m = Sen2Rules.check(person("Lovelace", LocalDate.of(2010, 1, 14), null, null), PERIOD);
        assertEquals(List.of("SEN2-131"), m.stream().map(ValidationMessage::ruleCode).toList(), "16 the day before the census");
        assertEquals(ValidationMessage.Severity.WARNING, m.get(0).severity());
        assertEquals(List.of(), codes(person("Lovelace", LocalDate.of(2010, 1, 16), null, "UN2")), "still 15: no warning");
    }

    @Test
    void aChildOfSchoolAgeNeedsAUpnOrAReasonItIsUnknown() {
        assertTrue(codes(person("Lovelace", BORN, null, null)).contains("SEN2-121"));
        assertEquals(List.of(), codes(person("Lovelace", BORN, null, "UN2")));
        assertEquals(List.of(), codes(person("Lovelace", LocalDate.of(2022, 5, 1), null, null)), "a child of 3 need not have one");
    }

    @Test
    void aRequestIsReceivedByTheCensusDayAndHasASource() {
        assertTrue(codes(person("Lovelace", BORN, UPN, null, request(LocalDate.of(2026, 1, 16), null, null))).contains("SEN2-200"));
        Sen2Person.Sen2Request noSource = new Sen2Person.Sen2Request(LocalDate.of(2025, 3, 3), " ", false, null, null, false, false, null);
        assertEquals(List.of("SEN2-201"), codes(person("Lovelace", BORN, UPN, null, noSource)));
    }

    @Test
    void theRequestOutcomeCannotPrecedeTheRequest() {
        assertTrue(codes(person("Lovelace", BORN, UPN, null,
                request(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 2), goodPlan()))).contains("SEN2-210"));
        assertEquals(List.of(), codes(person("Lovelace", BORN, UPN, null,
                request(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), goodPlan()))));
    }

    @Test
    void aPlanCannotStartBeforeItsRequest() {
        assertEquals(List.of("SEN2-300"), codes(person("Lovelace", BORN, UPN, null,
                request(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10), goodPlan()))));
    }

    @Test
    void aCeasedPlanHasBothItsDateAndReason() {
        List<Sen2Person.Sen2Need> needs = List.of(new Sen2Person.Sen2Need("MLD", 1));
        Sen2Person noReason = person("Lovelace", BORN, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20),
                plan(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 1), null, needs, List.of())));
        assertEquals(List.of("SEN2-310"), codes(noReason));
        Sen2Person both = person("Lovelace", BORN, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20),
                plan(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 1), "3", needs, List.of())));
        assertEquals(List.of(), codes(both));
    }

    @Test
    void aPersonalBudgetSaysItsKind() {
        List<Sen2Person.Sen2Need> needs = List.of(new Sen2Person.Sen2Need("MLD", 1));
        List<Sen2Person.Sen2Placement> school = List.of(new Sen2Person.Sen2Placement("100001", null, "MS", 1));
        Sen2Person.Sen2Plan neither = new Sen2Person.Sen2Plan(LocalDate.of(2025, 6, 2), false, false, true, false, false, null, null,
                school, needs, null);
        assertEquals(List.of("SEN2-320"), codes(person("Lovelace", BORN, UPN, null,
                request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20), neither))));
        Sen2Person.Sen2Plan direct = new Sen2Person.Sen2Plan(LocalDate.of(2025, 6, 2), false, false, true, false, true, null, null,
                school, needs, null);
        assertEquals(List.of(), codes(person("Lovelace", BORN, UPN, null,
                request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20), direct))));
    }

    @Test
    void anActivePlanHasOnePrimaryNeedAndEachRankOnce() {
        List<Sen2Person.Sen2Placement> school = List.of(new Sen2Person.Sen2Placement("100001", null, "MS", 1));
        Sen2Person twoFirsts = person("Lovelace", BORN, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20),
                plan(LocalDate.of(2025, 6, 2), null, null, List.of(new Sen2Person.Sen2Need("ASD", 1), new Sen2Person.Sen2Need("MLD", 1)), school)));
        assertEquals(List.of("SEN2-400"), codes(twoFirsts));
        Sen2Person noPrimary = person("Lovelace", BORN, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20),
                plan(LocalDate.of(2025, 6, 2), null, null, List.of(new Sen2Person.Sen2Need("ASD", 2)), school)));
        assertEquals(List.of("SEN2-400"), codes(noPrimary));
    }

    @Test
    void anActivePlanNamesASettingByUrnOrUkprn() {
        List<Sen2Person.Sen2Need> needs = List.of(new Sen2Person.Sen2Need("ASD", 1));
        Sen2Person none = person("Lovelace", BORN, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20),
                plan(LocalDate.of(2025, 6, 2), null, null, needs, List.of())));
        assertEquals(List.of("SEN2-410"), codes(none));
        assertEquals(ValidationMessage.Severity.WARNING, Sen2Rules.check(none, PERIOD).get(0).severity());
        Sen2Person unidentified = person("Lovelace", BORN, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20),
                plan(LocalDate.of(2025, 6, 2), null, null, needs, List.of(new Sen2Person.Sen2Placement(null, null, "SS", 1)))));
        assertEquals(List.of("SEN2-411"), codes(unidentified));
        Sen2Person college = person("Lovelace", BORN, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20),
                plan(LocalDate.of(2025, 6, 2), null, null, needs, List.of(new Sen2Person.Sen2Placement(null, "10001234", "FE", 1)))));
        assertEquals(List.of(), codes(college));
    }

    @Test
    void eachMessageNamesTheChildAndLinksToTheirRecord() {
        ValidationMessage m = Sen2Rules.check(person(" ", BORN, UPN, null), PERIOD).get(0);
        assertEquals(9L, m.personId());
        assertEquals("/case/child.xhtml?id=9", m.link());
        assertEquals("Surname", m.field());
        ValidationMessage noUpn = Sen2Rules.check(person("Lovelace", BORN, null, null), PERIOD).get(0);
        assertEquals("/send/learner.xhtml?person=9", noUpn.link(), "the reason a UPN is unknown is given on the learner page");
    }

    private static final List<Sen2Person.Sen2Need> ASD = List.of(new Sen2Person.Sen2Need("ASD", 1));
    private static final List<Sen2Person.Sen2Placement> SCHOOL = List.of(new Sen2Person.Sen2Placement("100001", null, "MS", 1));

    /** A plan started 2 June 2025 and active on the census day, with its ActivePlans part. */
    private static Sen2Person youngPersonWith(LocalDate born, boolean workBased, LocalDate ceased, Sen2Person.Sen2ActivePlan active) {
        Sen2Person.Sen2Plan plan = new Sen2Person.Sen2Plan(LocalDate.of(2025, 6, 2), false, workBased, false, false, false, ceased,
                ceased == null ? null : "3", SCHOOL, ASD, active);
        return person("Lovelace", born, UPN, null, request(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20), plan));
    }

    private static List<String> codesAt(Sen2Person p, String ownLa) {
        return Sen2Rules.check(List.of(p), PERIOD, ownLa).stream().map(ValidationMessage::ruleCode).toList();
    }

    @Test
    void aWorkBasedPlacementIsForAYoungPersonOfSixteenOrOver() {
        assertEquals(List.of("SEN2-330"), codes(youngPersonWith(BORN, true, null, null)));
        assertEquals(List.of(), codes(youngPersonWith(LocalDate.of(2008, 9, 1), true, null, null)));
    }

    @Test
    void activePlansIsOnlyForAPlanActiveOnTheCensusDay() {
        Sen2Person.Sen2ActivePlan active = new Sen2Person.Sen2ActivePlan(null, null, null, null);
        assertEquals(List.of("SEN2-500"), codes(youngPersonWith(BORN, false, LocalDate.of(2025, 12, 1), active)));
        assertEquals(List.of(), codes(youngPersonWith(BORN, false, LocalDate.of(2026, 2, 1), active)), "ceasing after the census");
        assertEquals(List.of(), codes(youngPersonWith(BORN, false, null, active)));
    }

    @Test
    void transferLaIsAnotherAuthoritysThreeDigitCode() {
        assertEquals(List.of("SEN2-510"), codesAt(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan("33", null, null, null)), "881"));
        assertEquals(List.of("SEN2-510"), codesAt(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan("881", null, null, null)), "881"), "not the council's own");
        assertEquals(List.of(), codesAt(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan("330", null, null, null)), "881"));
    }

    @Test
    void theReviewMeetingFallsInTheReferencePeriodAfterThePlanStarted() {
        assertEquals(List.of("SEN2-520"), codes(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan(null, LocalDate.of(2025, 5, 1), "M", null))), "before the plan started");
        assertEquals(List.of(), codes(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan(null, LocalDate.of(2025, 11, 3), "M", LocalDate.of(2025, 11, 3)))));
    }

    @Test
    void aReviewOutcomeFollowsAReviewMeeting() {
        assertEquals(List.of("SEN2-521"), codes(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan(null, null, "A", null))));
        assertEquals(List.of(), codes(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan(null, LocalDate.of(2025, 11, 3), "A", LocalDate.of(2025, 11, 3)))));
        assertEquals(List.of("SEN2-522"), codes(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan(null, LocalDate.of(2025, 11, 3), "Y", LocalDate.of(2025, 11, 3)))));
    }

    @Test
    void theLastReviewIsAfterTheStartByTheCensusAndNotBeforeTheYearsMeeting() {
        assertEquals(List.of("SEN2-530"), codes(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan(null, null, null, LocalDate.of(2026, 1, 20)))));
        assertEquals(List.of("SEN2-531"), codes(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan(null, LocalDate.of(2025, 11, 3), "M", LocalDate.of(2025, 10, 1)))));
        assertEquals(List.of(), codes(youngPersonWith(BORN, false, null,
                new Sen2Person.Sen2ActivePlan(null, null, null, LocalDate.of(2026, 1, 10)))));
    }

    @Test
    void aPlanActiveForOverAYearShouldHaveHadAReview() {
        Sen2Person.Sen2Plan old = new Sen2Person.Sen2Plan(LocalDate.of(2024, 6, 3), false, false, false, false, false, null, null,
                SCHOOL, ASD, new Sen2Person.Sen2ActivePlan(null, null, null, null));
        assertEquals(List.of("SEN2-540"), codes(person("Lovelace", BORN, UPN, null,
                request(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 20), old))));
        Sen2Person.Sen2Plan reviewed = new Sen2Person.Sen2Plan(LocalDate.of(2024, 6, 3), false, false, false, false, false, null, null,
                SCHOOL, ASD, new Sen2Person.Sen2ActivePlan(null, LocalDate.of(2025, 5, 20), "M", LocalDate.of(2025, 5, 20)));
        assertEquals(List.of(), codes(person("Lovelace", BORN, UPN, null,
                request(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 20), reviewed))));
    }
}
