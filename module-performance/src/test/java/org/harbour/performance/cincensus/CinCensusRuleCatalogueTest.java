package org.harbour.performance.cincensus;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.cincensus.domain.CinCensusRules;
import org.harbour.performance.cincensus.domain.CinChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the DfE's Children in Need census rules on the child's identifiers (UPN and former UPN,
 * birth, expected birth, death), the CIN episode (referral, closure and its reason), assessments,
 * CIN plans, section 47 enquiries and initial conferences, and child protection plans and their reviews, for 2025-26: a complete child breaks none, and one change a rule
 * forbids breaks it, with the rule's code (a query for a code ending in Q) and a link to the page
 * that puts it right.
 */
class CinCensusRuleCatalogueTest {

    private static final ReturnPeriod YEAR = ReturnPeriodRule.aprilToMarch().period("2025-26");
    private static final long CHILD = 61;
    private static final String UPN = "A123456789012";

    private static LocalDate date(String day) {
        return day == null ? null : LocalDate.parse(day);
    }

    private static CinChild child(String upn, String formerUpn, String born, String expected, String died,
                                  CinChild.CinEpisode episode) {
        return new CinChild(CHILD, upn, formerUpn, null, date(born), date(expected), "F", date(died), "WBRI",
                List.of("NONE"), List.of(episode));
    }

    private static CinChild child(CinChild.CinEpisode episode) {
        return child(UPN, null, "2019-02-02", null, null, episode);
    }

    /** Referred in May 2025, assessed, a plan reviewed in September, closed in January 2026. */
    private static CinChild.CinEpisode episode(String referred, String closed, String reason,
                                               CinChild.Assessment assessment, List<String> planReviews) {
        // The plan starts on the day of the enquiry's initial conference (rule 2885).
        return new CinChild.CinEpisode(1, date(referred), "1B", "N1", date(closed), reason, null, false,
                List.of(assessment), List.of(new CinChild.PlanDates(date("2025-06-01"), date("2025-12-01"))),
                List.of(conferenceFor("2025-07-01")), List.of(new CinChild.ProtectionPlan(date("2025-07-01"), date("2025-12-01"), "NEG", "NEG", 0,
                planReviews.stream().map(LocalDate::parse).toList())));
    }

    /** An enquiry begun five days before the initial conference held on {@code day}. */
    private static CinChild.Section47 conferenceFor(String day) {
        return new CinChild.Section47(date(day).minusDays(5), null, date(day), false);
    }

    private static CinChild.Assessment assessment(String start, String authorised, List<String> factors) {
        return new CinChild.Assessment(date(start), date(authorised), factors);
    }

    private static CinChild.CinEpisode complete() {
        return episode("2025-05-01", "2026-01-10", "RC1", assessment("2025-05-02", "2025-06-01", List.of("2B")),
                List.of("2025-09-01"));
    }

    /** The complete episode with other CIN plans, section 47 enquiries or child protection plans under it. */
    private static CinChild.CinEpisode withModules(List<CinChild.PlanDates> cinPlans, List<CinChild.Section47> enquiries,
                                                   List<CinChild.ProtectionPlan> protectionPlans) {
        CinChild.CinEpisode e = complete();
        return new CinChild.CinEpisode(e.referralId(), e.referralDate(), e.referralSource(), e.primaryNeed(),
                e.closureDate(), e.closureReason(), e.dateOfInitialCpc(), e.nfa(), e.assessments(),
                cinPlans == null ? e.cinPlans() : cinPlans, enquiries == null ? e.section47s() : enquiries,
                protectionPlans == null ? e.protectionPlans() : protectionPlans);
    }

    private static CinChild cinPlan(String start, String end) {
        return child(withModules(List.of(new CinChild.PlanDates(date(start), date(end))), null, null));
    }

    /** An enquiry begun on {@code start}, its conference due on {@code target} and held on {@code conference}. */
    private static CinChild enquiry(String start, String target, String conference, boolean notRequired) {
        return child(withModules(null, List.of(new CinChild.Section47(date(start), date(target), date(conference),
                notRequired)), List.of()));
    }

    private static CinChild.ProtectionPlan protectionPlan(String start, String end, String category) {
        return new CinChild.ProtectionPlan(date(start), date(end), category, category, 0,
                List.of(date(start).plusMonths(2)));
    }

    /** Child protection plans, each after its initial conference. */
    private static CinChild protectionPlans(CinChild.ProtectionPlan... plans) {
        return child(withModules(null, java.util.Arrays.stream(plans).map(p -> conferenceFor(p.start().toString()))
                .toList(), List.of(plans)));
    }

    /** The complete episode with its CIN plans and child protection plans (each after its conference) replaced. */
    private static CinChild plans(List<CinChild.PlanDates> cinPlans, CinChild.ProtectionPlan... plans) {
        return child(withModules(cinPlans, java.util.Arrays.stream(plans)
                .map(p -> conferenceFor(p.start().toString())).toList(), List.of(plans)));
    }

    @Test
    void completeModulesBreakNoRule() {
        // An enquiry whose conference was held on a Wednesday target, and one concluded without a conference.
        assertThat(CinCensusRules.check(List.of(enquiry("2025-06-02", "2025-06-25", "2025-06-25", false)), YEAR))
                .isEmpty();
        assertThat(CinCensusRules.check(List.of(enquiry("2025-06-02", "2025-06-25", null, true)), YEAR)).isEmpty();
        // Two plans one after the other, the second starting the day the first ended.
        assertThat(CinCensusRules.check(List.of(plans(List.of(), protectionPlan("2025-06-01", "2025-08-01", "PHY"),
                protectionPlan("2025-08-01", "2025-12-01", "MUL"))), YEAR)).isEmpty();
        assertThat(CinCensusRules.check(List.of(cinPlan("2025-05-01", null)), YEAR)).isEmpty();
        // A CIN plan starting the day the child protection plan ended, left open.
        assertThat(CinCensusRules.check(List.of(plans(List.of(new CinChild.PlanDates(date("2025-12-01"), null)),
                protectionPlan("2025-07-01", "2025-12-01", "NEG"))), YEAR)).isEmpty();
    }

    @Test
    void aCompleteChildBreaksNoRule() {
        assertThat(CinCensusRules.check(List.of(child(complete())), YEAR)).isEmpty();
        // Unborn at the referral: the expected date of birth stands in for the date of birth.
        assertThat(CinCensusRules.check(List.of(child(null, null, null, "2025-08-01", null, complete())), YEAR))
                .isEmpty();
        // An assessment begun in March and still open on 31 March is not yet overdue.
        assertThat(CinCensusRules.check(List.of(child(episode("2025-05-01", null, null,
                assessment("2026-03-02", null, List.of()), List.of("2025-09-01")))), YEAR)).isEmpty();
        // A former UPN that is itself a valid UPN, and a death in the year, pass.
        assertThat(CinCensusRules.check(List.of(child(UPN, "H243278544154", "2019-02-02", null, "2026-02-01",
                complete())), YEAR)).isEmpty();
    }

    static Stream<Arguments> failing() {
        return Stream.of(
                Arguments.of("1510", "UPN", child("B123456789012", null, "2019-02-02", null, null, complete())),
                Arguments.of("1510", "FormerUPN", child(UPN, "B123456789012", "2019-02-02", null, null, complete())),
                Arguments.of("1540", "UPN", child("A1234X6789012", null, "2019-02-02", null, null, complete())),
                Arguments.of("1550", "FormerUPN", child(UPN, "A12345678901I", "2019-02-02", null, null, complete())),
                Arguments.of("8520", "PersonBirthDate", child(UPN, null, "2026-04-02", null, null, complete())),
                Arguments.of("8525", "PersonBirthDate", child(UPN, null, null, null, null, complete())),
                Arguments.of("8525", "PersonBirthDate", child(UPN, null, "2019-02-02", "2019-02-02", null, complete())),
                Arguments.of("8545Q", "PersonDeathDate", child(UPN, null, "2019-02-02", null, "2025-01-01", complete())),
                Arguments.of("8606", "CINreferralDate", child(UPN, null, "2026-03-01", null, null, complete())),
                Arguments.of("8608", "AssessmentAuthorisationDate", child(episode("2025-05-01", "2026-01-10", "RC1",
                        assessment("2025-06-02", "2025-06-01", List.of("2B")), List.of("2025-09-01")))),
                Arguments.of("8614", "AssessmentFactors", child(episode("2025-05-01", "2026-01-10", "RC1",
                        assessment("2025-05-02", null, List.of("2B")), List.of("2025-09-01")))),
                Arguments.of("8620", "CINclosureDate", child(episode("2025-01-01", "2025-03-01", "RC1",
                        assessment("2025-01-02", "2025-02-01", List.of("2B")), List.of("2025-09-01")))),
                Arguments.of("8630", "CINclosureDate", child(episode("2025-05-01", "2025-04-20", "RC1",
                        assessment("2025-05-02", "2025-06-01", List.of("2B")), List.of("2025-09-01")))),
                Arguments.of("8810", "ReasonForClosure", child(episode("2025-05-01", null, "RC1",
                        assessment("2025-05-02", "2025-06-01", List.of("2B")), List.of("2025-09-01")))),
                Arguments.of("8670Q", "AssessmentAuthorisationDate", child(episode("2025-05-01", null, null,
                        assessment("2025-05-02", null, List.of()), List.of("2025-09-01")))),
                Arguments.of("8841", "CPPreviewDate", child(episode("2025-05-01", "2026-01-10", "RC1",
                        assessment("2025-05-02", "2025-06-01", List.of("2B")), List.of("2025-07-01")))),
                // CIN plans
                Arguments.of("4015", "CINPlanStartDate", cinPlan("2025-04-20", "2025-12-01")),
                Arguments.of("4011", "CINPlanEndDate", cinPlan("2025-06-01", "2025-05-20")),
                Arguments.of("4012Q", "CINPlanEndDate", cinPlan("2025-06-01", "2025-06-01")),
                // Section 47 enquiries and initial conferences
                Arguments.of("2889", "S47ActualStartDate", enquiry("2025-04-20", "2025-05-12", "2025-05-12", false)),
                Arguments.of("8615", "S47ActualStartDate", enquiry("2025-06-10", "2025-06-25", "2025-06-05", false)),
                Arguments.of("8675Q", "DateOfInitialCPC", enquiry("2025-06-02", "2025-06-25", null, false)),
                Arguments.of("8870Q", "InitialCPCtarget", enquiry("2025-06-02", "2025-06-28", "2025-06-27", false)),
                // Child protection plans
                Arguments.of("8905", "InitialCategoryOfAbuse", protectionPlans(
                        protectionPlan("2025-07-01", "2025-12-01", "XYZ"))),
                Arguments.of("8925", "CPPendDate", protectionPlans(new CinChild.ProtectionPlan(date("2025-07-01"),
                        date("2025-06-01"), "NEG", "NEG", 0, List.of()))),
                Arguments.of("8940", "CPPstartDate", protectionPlans(protectionPlan("2025-06-01", "2025-09-01", "PHY"),
                        protectionPlan("2025-08-01", "2025-12-01", "NEG"))),
                Arguments.of("8940", "CPPstartDate", protectionPlans(protectionPlan("2025-06-01", null, "PHY"),
                        protectionPlan("2025-08-01", "2025-12-01", "NEG"))),
                // CIN plans beside child protection plans, and the plans' initial conferences
                Arguments.of("4001", "CINPlanEndDate", plans(List.of(new CinChild.PlanDates(date("2025-06-01"), null)),
                        protectionPlan("2025-07-01", null, "NEG"))),
                Arguments.of("4016", "CINPlanStartDate", plans(List.of(new CinChild.PlanDates(date("2025-08-01"),
                        date("2025-09-01"))), protectionPlan("2025-07-01", "2025-12-01", "NEG"))),
                Arguments.of("4016", "CINPlanStartDate", plans(List.of(new CinChild.PlanDates(date("2026-03-31"),
                        null)), protectionPlan("2025-07-01", null, "NEG"))),
                Arguments.of("2885", "CPPstartDate", child(withModules(null, List.of(conferenceFor("2025-06-25")),
                        null))),
                Arguments.of("2884", "DateOfInitialCPC", child(new CinChild.CinEpisode(1, date("2025-05-01"), "1B",
                        "N1", null, null, date("2025-07-01"), false, List.of(), List.of(),
                        List.of(conferenceFor("2025-07-01")), List.of()))));
    }

    @ParameterizedTest(name = "rule {0} on {1}")
    @MethodSource("failing")
    void eachRuleIsBrokenByTheOneChangeItForbids(String code, String field, CinChild child) {
        List<ValidationMessage> found = CinCensusRules.check(List.of(child), YEAR).stream()
                .filter(m -> m.ruleCode().equals(code) && m.field().equals(field)).toList();
        assertThat(found).isNotEmpty().allSatisfy(m -> {
            assertThat(m.severity()).isEqualTo(code.endsWith("Q") ? ValidationMessage.Severity.WARNING
                    : ValidationMessage.Severity.ERROR);
            assertThat(m.personId()).isEqualTo(CHILD);
            assertThat(m.message()).isNotBlank();
            assertThat(m.link()).startsWith("/").contains(Long.toString(CHILD));
        });
    }

    @Test
    void moreProtectionPlansThanConferencesInTheYearIsAnErrorOfTheReturn() {
        CinChild withoutConference = child(withModules(null, List.of(), null));
        assertThat(CinCensusRules.check(List.of(child(complete())), YEAR))
                .noneMatch(m -> m.ruleCode().equals("2883"));
        assertThat(CinCensusRules.check(List.of(withoutConference), YEAR))
                .filteredOn(m -> m.ruleCode().equals("2883")).singleElement().satisfies(m -> {
                    assertThat(m.severity()).isEqualTo(ValidationMessage.Severity.ERROR);
                    assertThat(m.personId()).isNull();
                    assertThat(m.message()).isEqualTo("There are more child protection plans starting than initial "
                            + "conferences taking place");
                });
    }

    @Test
    void moreThanTwoPercentWithoutTheirSexIsQueriedOnTheReturn() {
        List<CinChild> fifty = new java.util.ArrayList<>();
        for (int i = 0; i < 49; i++) {
            fifty.add(child(complete()));
        }
        fifty.add(new CinChild(CHILD, UPN, null, null, date("2019-02-02"), null, null, null, "WBRI",
                List.of("NONE"), List.of(complete())));
        // One in fifty is 2%: not more than 2%.
        assertThat(CinCensusRules.check(fifty, YEAR)).noneMatch(m -> m.ruleCode().equals("2886Q"));
        fifty.set(0, new CinChild(CHILD, UPN, null, null, date("2019-02-02"), null, "U", null, "WBRI",
                List.of("NONE"), List.of(complete())));
        assertThat(CinCensusRules.check(fifty, YEAR)).filteredOn(m -> m.ruleCode().equals("2886Q")).singleElement()
                .satisfies(m -> assertThat(m.severity()).isEqualTo(ValidationMessage.Severity.WARNING));
    }

    @Test
    void aFormerUpnIsNamedAsSuchInTheMessage() {
        assertThat(CinCensusRules.check(List.of(child(UPN, "B123456789012", "2019-02-02", null, null, complete())),
                YEAR)).extracting(ValidationMessage::ruleCode, ValidationMessage::message, ValidationMessage::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1510",
                        "Former UPN invalid (wrong check letter at character 1)", "/people/person.xhtml?id=" + CHILD));
    }
}
