package org.harbour.core.involvement;

import org.harbour.core.involvement.domain.DfeCodes;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.InvolvementRules;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.harbour.core.involvement.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvolvementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final long CHILD = 7L;

    private static Involvement involvement(InvolvementKind kind, LocalDate start) {
        return new Involvement(CHILD, kind, start, "priya.shah", Instant.EPOCH);
    }

    private static List<String> fields(List<RuleViolation> errors) {
        return errors.stream().map(RuleViolation::field).toList();
    }

    @Test
    void aValidReferralKeepsEveryRule() {
        Involvement referral = involvement(InvolvementKind.REFERRAL, TODAY.minusDays(10));
        referral.setSourceCode("1B");
        referral.setPrimaryNeed("N1");
        assertEquals(List.of(), InvolvementRules.check(referral, null, TODAY));
    }

    @Test
    void noNextStepFollowsAReferralWithNoFurtherAction() throws Exception {
        Involvement referral = involvement(InvolvementKind.REFERRAL, TODAY.minusDays(10));
        referral.setSourceCode("1B");
        referral.setNfa(true);
        java.lang.reflect.Field id = Involvement.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(referral, 41L);

        Involvement assessment = involvement(InvolvementKind.ASSESSMENT, TODAY.minusDays(9));
        assessment.setReferralId(41L);
        List<RuleViolation> refused = InvolvementRules.check(assessment, referral, TODAY);
        assertEquals(List.of("referralId"), fields(refused));
        assertTrue(refused.get(0).message().contains("no further action"), refused.toString());

        assertEquals(List.of("nfa"), fields(InvolvementRules.checkNoFurtherAction(referral, List.of(referral, assessment))),
                "marking NFA a referral that an assessment already follows");
        referral.setNfa(false);
        assertEquals(List.of(), InvolvementRules.check(assessment, referral, TODAY));
        assertEquals(List.of(), InvolvementRules.checkNoFurtherAction(referral, List.of(referral, assessment)));
    }

    @Test
    void aPeriodOfCareTakesTheCategoryOfNeedOfTheSsda903Only() {
        Involvement period = involvement(InvolvementKind.LOOKED_AFTER, TODAY.minusDays(10));
        assertEquals(List.of(), InvolvementRules.check(period, null, TODAY), "recorded later on the period's page");
        period.setPrimaryNeed("N9");
        assertEquals(List.of("primaryNeed"), fields(InvolvementRules.check(period, null, TODAY)),
                "N9 is a census code, not a category of need");
        period.setPrimaryNeed("N8");
        assertEquals(List.of(), InvolvementRules.check(period, null, TODAY));
    }

    @Test
    void endBeforeStartAndFutureDatesAreRefused() {
        Involvement plan = involvement(InvolvementKind.CIN_PLAN, TODAY.minusDays(10));
        plan.setEndDate(TODAY.minusDays(11));
        assertEquals(List.of("endDate"), fields(InvolvementRules.check(plan, null, TODAY)));

        Involvement future = involvement(InvolvementKind.CIN_PLAN, TODAY.plusDays(1));
        assertEquals(List.of("startDate"), fields(InvolvementRules.check(future, null, TODAY)));
    }

    @Test
    void aChildProtectionPlanNeedsACategoryFromTheList() {
        Involvement plan = involvement(InvolvementKind.CP_PLAN, TODAY.minusDays(3));
        assertEquals(List.of("categoryCode"), fields(InvolvementRules.check(plan, null, TODAY)));
        plan.setCategoryCode("XYZ");
        assertEquals(List.of("categoryCode"), fields(InvolvementRules.check(plan, null, TODAY)));
        plan.setCategoryCode("NEG");
        plan.setLatestCategoryCode("MUL");
        assertEquals(List.of(), InvolvementRules.check(plan, null, TODAY));
    }

    @Test
    void anAssessmentBelongsToAReferralOfTheSameChildAndStartsAfterIt() {
        Involvement assessment = involvement(InvolvementKind.ASSESSMENT, TODAY.minusDays(5));
        assertEquals(List.of("referralId"), fields(InvolvementRules.check(assessment, null, TODAY)));

        Involvement referral = involvement(InvolvementKind.REFERRAL, TODAY.minusDays(4));
        referral.setSourceCode("6");
        assessment.setReferralId(99L);
        assertEquals(List.of("startDate"), fields(InvolvementRules.check(assessment, referral, TODAY)));

        Involvement otherChilds = new Involvement(8L, InvolvementKind.REFERRAL, TODAY.minusDays(9), "x", Instant.EPOCH);
        assertEquals(List.of("referralId"), fields(InvolvementRules.check(assessment, otherChilds, TODAY)));

        assessment.setStartDate(TODAY.minusDays(3));
        assessment.setFactors("3B 2B");
        assessment.setCompletedOn(TODAY.minusDays(4));
        assertEquals(List.of("completedOn"), fields(InvolvementRules.check(assessment, referral, TODAY)));
        assessment.setCompletedOn(TODAY);
        assessment.setFactors("3B, 99Z");
        assertEquals(List.of("factors"), fields(InvolvementRules.check(assessment, referral, TODAY)));
    }

    @Test
    void aClosedReferralGivesItsReasonFromTheCinCensusList() {
        Involvement referral = involvement(InvolvementKind.REFERRAL, TODAY.minusDays(30));
        referral.setSourceCode("2A");
        referral.setEndDate(TODAY.minusDays(2));
        assertEquals(List.of("closureReason"), fields(InvolvementRules.check(referral, null, TODAY)));
        referral.setClosureReason("RC8");
        assertTrue(InvolvementRules.check(referral, null, TODAY).isEmpty());
        referral.setSourceCode("11");
        assertEquals(List.of("sourceCode"), fields(InvolvementRules.check(referral, null, TODAY)));
    }

    @Test
    void episodesLieWithinTheirPeriodAndNeverOverlap() {
        Involvement period = involvement(InvolvementKind.LOOKED_AFTER, LocalDate.of(2025, 1, 10));
        PlacementEpisode first = episode(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 6, 1), "S");
        first.setReasonCeased("X1");
        assertEquals(List.of(), InvolvementRules.checkEpisode(first, period, List.of(), TODAY));

        PlacementEpisode next = episode(LocalDate.of(2025, 6, 1), null, "P");
        assertEquals(List.of(), InvolvementRules.checkEpisode(next, period, List.of(first), TODAY),
                "an episode may start on the day the previous one ends");

        PlacementEpisode overlapping = episode(LocalDate.of(2025, 5, 1), null, "P");
        assertEquals(List.of("startDate"), fields(InvolvementRules.checkEpisode(overlapping, period, List.of(first), TODAY)));

        PlacementEpisode before = episode(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 5), "S");
        before.setReasonCeased("X1");
        assertTrue(fields(InvolvementRules.checkEpisode(before, period, List.of(), TODAY)).contains("startDate"));

        period.setEndDate(LocalDate.of(2025, 9, 1));
        assertEquals(List.of("endDate"), fields(InvolvementRules.checkEpisode(next, period, List.of(first), TODAY)),
                "an open episode cannot outlast a closed period");
    }

    @Test
    void theReasonForANewEpisodeMustAgreeWithWhatChanged() {
        Involvement period = involvement(InvolvementKind.LOOKED_AFTER, LocalDate.of(2025, 1, 10));
        PlacementEpisode fostered = episode(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 6, 1), "S");
        fostered.setReasonCeased("X1");

        PlacementEpisode legalOnly = episode(LocalDate.of(2025, 6, 1), null, "L");
        assertEquals(List.of("legalStatus"), fields(InvolvementRules.checkEpisode(legalOnly, period, List.of(fostered), TODAY)),
                "L with the same legal status");
        legalOnly.setLegalStatus("E1");
        assertEquals(List.of(), fields(InvolvementRules.checkEpisode(legalOnly, period, List.of(fostered), TODAY)));
        legalOnly.setPlacementType("K2");
        assertEquals(List.of("reasonNewEpisode"),
                fields(InvolvementRules.checkEpisode(legalOnly, period, List.of(fostered), TODAY)), "L with a move");

        PlacementEpisode move = episode(LocalDate.of(2025, 6, 1), null, "P");
        move.setLegalStatus("E1");
        assertEquals(List.of("reasonNewEpisode"), fields(InvolvementRules.checkEpisode(move, period, List.of(fostered), TODAY)),
                "P with a new legal status");
        move.setReasonNewEpisode("B");
        assertEquals(List.of(), fields(InvolvementRules.checkEpisode(move, period, List.of(fostered), TODAY)));
        move.setLegalStatus("C2");
        assertEquals(List.of("reasonNewEpisode"), fields(InvolvementRules.checkEpisode(move, period, List.of(fostered), TODAY)),
                "B with the same legal status");
    }

    @Test
    void placedForAdoptionWithTheCurrentFosterCarerIsNeverANewCarer() {
        Involvement period = involvement(InvolvementKind.LOOKED_AFTER, LocalDate.of(2025, 1, 10));
        PlacementEpisode fostered = episode(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 6, 1), "S");
        fostered.setReasonCeased("X1");
        PlacementEpisode adoption = episode(LocalDate.of(2025, 6, 1), null, "P");
        adoption.setPlacementType("A5");
        assertEquals(List.of("reasonNewEpisode"),
                fields(InvolvementRules.checkEpisode(adoption, period, List.of(fostered), TODAY)), "A5 with a new carer");
        adoption.setReasonNewEpisode("T");
        assertEquals(List.of(), fields(InvolvementRules.checkEpisode(adoption, period, List.of(fostered), TODAY)));

        fostered.setPlacementType("K2");
        assertEquals(List.of("placementType"),
                fields(InvolvementRules.checkEpisode(adoption, period, List.of(fostered), TODAY)),
                "A5 after a children's home is not with a current foster carer");
    }

    @Test
    void episodeCodesComeFromTheSsda903Lists() {
        Involvement period = involvement(InvolvementKind.LOOKED_AFTER, LocalDate.of(2025, 1, 10));
        PlacementEpisode episode = new PlacementEpisode(1L, CHILD, LocalDate.of(2025, 1, 10), "x", Instant.EPOCH);
        episode.setLegalStatus("Q9");
        episode.setPlacementType("U9");
        episode.setPlacementProvider("PR7");
        episode.setReasonNewEpisode("P");
        episode.setPlacementPostcode("not a postcode");
        assertEquals(List.of("legalStatus", "placementType", "placementProvider", "placementPostcode",
                "reasonNewEpisode"), fields(InvolvementRules.checkEpisode(episode, period, List.of(), TODAY)));
    }

    /** PL_LA, PL_LOCATION and PL_DISTANCE: each optional; when given, of the form the SSDA903 takes. */
    @Test
    void whereThePlacementIsTakesTheSsda903sForms() {
        Involvement period = involvement(InvolvementKind.LOOKED_AFTER, LocalDate.of(2025, 1, 10));
        PlacementEpisode episode = episode(LocalDate.of(2025, 1, 10), null, "S");
        assertEquals(List.of(), InvolvementRules.checkEpisode(episode, period, List.of(), TODAY), "none recorded");
        for (String[] ok : new String[][]{{"316", "OUT", "12.5"}, {"999", "IN", "0.0"}, {"WAL", "OUT", "999.9"},
                {"NUK", "OUT", "120"}, {"SCO", "OUT", "80.50"}}) {
            place(episode, ok[0], ok[1], ok[2]);
            assertEquals(List.of(), InvolvementRules.checkEpisode(episode, period, List.of(), TODAY), String.join(" ", ok));
        }
        for (String la : new String[]{"31", "3166", "E09000001", "wal", "ENG", "31A"}) {
            place(episode, la, "OUT", "12.5");
            assertEquals(List.of("placementLocalAuthority"),
                    fields(InvolvementRules.checkEpisode(episode, period, List.of(), TODAY)), la);
        }
        for (String location : new String[]{"in", "OUTSIDE", "X"}) {
            place(episode, "316", location, "12.5");
            assertEquals(List.of("placementLocation"),
                    fields(InvolvementRules.checkEpisode(episode, period, List.of(), TODAY)), location);
        }
        for (String miles : new String[]{"-0.1", "1000.0", "1000", "12.25", "0.05"}) {
            place(episode, "316", "OUT", miles);
            List<RuleViolation> errors = InvolvementRules.checkEpisode(episode, period, List.of(), TODAY);
            assertEquals(List.of("placementDistance"), fields(errors), miles);
        }
        place(episode, "316", "OUT", "12.25");
        assertEquals("Give the distance to one decimal place, e.g. 12.5.",
                InvolvementRules.checkEpisode(episode, period, List.of(), TODAY).get(0).message());
        place(episode, "316", "OUT", "1000.0");
        assertEquals("Enter the distance in miles from 0.0 to 999.9.",
                InvolvementRules.checkEpisode(episode, period, List.of(), TODAY).get(0).message());
    }

    private static void place(PlacementEpisode e, String la, String location, String miles) {
        e.setPlacementLocalAuthority(la);
        e.setPlacementLocation(location);
        e.setPlacementDistance(miles == null ? null : new BigDecimal(miles));
    }

    @Test
    void codeListsDescribeTheirCodes() {
        assertEquals("Inside the authority", DfeCodes.PLACEMENT_LOCATION.describe("IN").orElseThrow());
        assertEquals("Outside the authority", DfeCodes.PLACEMENT_LOCATION.describe("OUT").orElseThrow());
        assertEquals("NEG: Neglect", DfeCodes.ABUSE_CATEGORY.label("NEG"));
        assertEquals(22, DfeCodes.REFERRAL_SOURCE.getCodes().size());
        assertTrue(DfeCodes.PLACEMENT_TYPE.contains("K3"));
        assertFalse(DfeCodes.PRIMARY_NEED.contains("N10"));
        assertEquals("ZZ", DfeCodes.LEGAL_STATUS.label("ZZ"), "an unknown (older) code is shown as it is");
    }

    private static PlacementEpisode episode(LocalDate start, LocalDate end, String reasonNew) {
        PlacementEpisode e = new PlacementEpisode(1L, CHILD, start, "x", Instant.EPOCH);
        e.setEndDate(end);
        e.setLegalStatus("C2");
        e.setPlacementType("U4");
        e.setPlacementProvider("PR1");
        e.setReasonNewEpisode(reasonNew);
        return e;
    }
}
