package org.harbour.send.appeal.domain;

import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What followed a decision: the dates and the order mediation and the tribunal go in, each refusal on its field. */
class AppealDetailsTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    private static List<String> fields(AppealDetails d) {
        return d.problems(DECIDED, TODAY).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aWholeStoryFromAdviceToAnUpheldAppealIsAccepted() {
        AppealDetails d = new AppealDetails(true, LocalDate.of(2026, 4, 20), true, LocalDate.of(2026, 4, 17),
                LocalDate.of(2026, 5, 11), TribunalOutcome.UPHELD, LocalDate.of(2026, 9, 1));
        assertEquals(List.of(), d.problems(DECIDED, TODAY));
        assertTrue(d.mediated() && d.appealed());
    }

    @Test
    void nothingFollowingTheDecisionIsAcceptedAndIsNeitherMediationNorAppeal() {
        AppealDetails d = new AppealDetails(false, null, false, null, null, null, null);
        assertEquals(List.of(), d.problems(DECIDED, TODAY));
        assertFalse(d.mediated() || d.appealed());
    }

    @Test
    void adviceWithoutMediationGivesACertificateAndTheFamilyMayStillAppeal() {
        // 2 March decision; certificate 30 March after advice only; appeal 20 April; no outcome yet.
        AppealDetails d = new AppealDetails(true, LocalDate.of(2026, 3, 30), false, null, LocalDate.of(2026, 4, 20), null, null);
        assertEquals(List.of(), d.problems(DECIDED, TODAY));
        assertFalse(d.mediated());
        assertTrue(d.appealed());
    }

    @Test
    void noDateBeforeTheDecisionNorInTheFuture() {
        AppealDetails before = new AppealDetails(true, LocalDate.of(2026, 3, 1), true, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1), null, null);
        assertEquals(List.of("certificateOn", "mediationOn", "appealLodgedOn"), fields(before));
        assertTrue(before.problems(DECIDED, TODAY).get(0).message().contains("02/03/2026"), "the decision's day in en-GB");
        AppealDetails onTheDay = new AppealDetails(false, null, false, null, DECIDED, null, null);
        assertEquals(List.of(), fields(onTheDay), "the same day as the decision is allowed");
        AppealDetails future = new AppealDetails(false, null, false, null, TODAY.plusDays(1), null, null);
        assertEquals(List.of("appealLodgedOn"), fields(future));
    }

    @Test
    void mediationAndItsCertificateFollowTheFamilysCallToAnAdviser() {
        assertEquals(List.of("certificateOn"), fields(new AppealDetails(false, LocalDate.of(2026, 4, 1), false, null, null, null, null)));
        assertEquals(List.of("mediationHeld"), fields(new AppealDetails(false, null, true, LocalDate.of(2026, 4, 1), null, null, null)));
    }

    @Test
    void mediationThatTookPlaceHasItsDateAndADateOnlyWhenItTookPlace() {
        assertEquals(List.of("mediationOn"), fields(new AppealDetails(true, null, true, null, null, null, null)));
        assertEquals(List.of("mediationOn"), fields(new AppealDetails(true, null, false, LocalDate.of(2026, 4, 1), null, null, null)));
    }

    @Test
    void afterMediationTheCertificateIsNotDatedBeforeIt() {
        AppealDetails d = new AppealDetails(true, LocalDate.of(2026, 4, 10), true, LocalDate.of(2026, 4, 17), null, null, null);
        assertEquals(List.of("certificateOn"), fields(d));
    }

    @Test
    void anOutcomeOnlyOnALodgedAppealWithItsDateNotBeforeTheAppeal() {
        assertEquals(List.of("outcome"), fields(new AppealDetails(false, null, false, null, null, TribunalOutcome.CONCEDED,
                LocalDate.of(2026, 6, 1))));
        assertEquals(List.of("outcomeOn"), fields(new AppealDetails(false, null, false, null, LocalDate.of(2026, 5, 1),
                TribunalOutcome.WITHDRAWN, null)));
        assertEquals(List.of("outcome"), fields(new AppealDetails(false, null, false, null, LocalDate.of(2026, 5, 1),
                null, LocalDate.of(2026, 6, 1))));
        assertEquals(List.of("outcomeOn"), fields(new AppealDetails(false, null, false, null, LocalDate.of(2026, 5, 1),
                TribunalOutcome.DISMISSED, LocalDate.of(2026, 4, 30))));
    }

    @Test
    void theStoredAppealRefusesWithEveryProblemAndKeepsWhatWasThere() {
        DecisionAppeal a = DecisionAppeal.onRequest(7, 11, AppealableDecision.NOT_TO_ASSESS, DECIDED, "grace.lee", null);
        a.record(new AppealDetails(true, null, false, null, LocalDate.of(2026, 4, 1), null, null), TODAY);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> a.record(new AppealDetails(false,
                LocalDate.of(2026, 3, 1), false, null, null, TribunalOutcome.UPHELD, null), TODAY));
        assertEquals(List.of("certificateOn", "outcome", "outcomeOn"), e.getProblems().stream().map(FieldProblem::field).toList());
        assertEquals(LocalDate.of(2026, 4, 1), a.details().appealLodgedOn(), "a refused write changes nothing");
        assertThrows(IllegalArgumentException.class, () -> DecisionAppeal.onRequest(7, 11, AppealableDecision.CEASE, DECIDED, "x", null),
                "ceasing is decided after a review, not on a request");
    }

    @Test
    void theDecisionsMadeAreThoseWithADay() {
        LocalDate issued = LocalDate.of(2026, 7, 14);
        assertEquals(Map.of(AppealableDecision.FINAL_PLAN, issued), AppealableDecision.onRequest(null, null, issued));
        assertEquals(Map.of(AppealableDecision.NOT_TO_ASSESS, DECIDED), AppealableDecision.onRequest(DECIDED, null, null));
        assertEquals(Map.of(AppealableDecision.AMENDED_PLAN, issued), AppealableDecision.afterReview(null, issued, null));
        assertEquals(Map.of(AppealableDecision.CEASE, DECIDED), AppealableDecision.afterReview(null, null, DECIDED));
        assertTrue(AppealableDecision.onRequest(null, null, null).isEmpty());
    }
}
