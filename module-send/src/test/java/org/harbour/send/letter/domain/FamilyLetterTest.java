package org.harbour.send.letter.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyLetterTest {

    private static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    @Test
    void eachKindOfLetterFollowsItsOwnDecision() {
        LetterKind.Decisions assessing = new LetterKind.Decisions(true, LocalDate.of(2026, 2, 10), null, null, null, null);
        assertEquals(LocalDate.of(2026, 2, 10), LetterKind.TO_ASSESS.decidedOn(assessing));
        assertNull(LetterKind.NOT_TO_ASSESS.decidedOn(assessing), "a decision to assess is not a refusal");
        assertNull(LetterKind.FINAL_PLAN.decidedOn(assessing));

        LetterKind.Decisions refused = new LetterKind.Decisions(false, LocalDate.of(2026, 2, 10), null, null, null, null);
        assertEquals(LocalDate.of(2026, 2, 10), LetterKind.NOT_TO_ASSESS.decidedOn(refused));
        assertNull(LetterKind.TO_ASSESS.decidedOn(refused));

        LetterKind.Decisions undecided = new LetterKind.Decisions(null, null, null, null, null, null);
        for (LetterKind k : LetterKind.values()) {
            assertNull(k.decidedOn(undecided), k.name());
        }

        LetterKind.Decisions issuedAndCeased = new LetterKind.Decisions(true, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 1),
                null, LocalDate.of(2026, 4, 20), LocalDate.of(2027, 7, 20));
        assertEquals(LocalDate.of(2026, 4, 1), LetterKind.DRAFT_PLAN.decidedOn(issuedAndCeased));
        assertEquals(LocalDate.of(2026, 4, 20), LetterKind.FINAL_PLAN.decidedOn(issuedAndCeased));
        assertEquals(LocalDate.of(2027, 7, 20), LetterKind.PLAN_CEASED.decidedOn(issuedAndCeased));
    }

    @Test
    void onlyTheDecisionsTheFamilyMayTakeToTheTribunalAreAppealable() {
        assertFalse(LetterKind.TO_ASSESS.isAppealable());
        assertFalse(LetterKind.DRAFT_PLAN.isAppealable());
        assertTrue(LetterKind.NOT_TO_ASSESS.isAppealable());
        assertTrue(LetterKind.NOT_TO_ISSUE.isAppealable());
        assertTrue(LetterKind.FINAL_PLAN.isAppealable());
        assertTrue(LetterKind.PLAN_CEASED.isAppealable());
    }

    @Test
    void aLetterIsSentOnOrAfterItsDecisionAndGivesTheAppealDeadline() {
        FamilyLetter letter = new FamilyLetter(7L, 3L, null, LetterKind.NOT_TO_ASSESS, LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 12), SentBy.POST, "grace.lee", AT);
        assertEquals(LocalDate.of(2026, 4, 12), letter.appealBy());

        FamilyLetter toAssess = new FamilyLetter(7L, 3L, null, LetterKind.TO_ASSESS, LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 10), SentBy.EMAIL, "grace.lee", AT);
        assertNull(toAssess.appealBy(), "no appeal against a decision to assess");

        assertThrows(IllegalStateException.class, () -> new FamilyLetter(7L, 3L, null, LetterKind.NOT_TO_ASSESS,
                LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 9), SentBy.POST, "grace.lee", AT), "before the decision");
        assertThrows(IllegalStateException.class, () -> new FamilyLetter(7L, 3L, null, LetterKind.FINAL_PLAN, null,
                RECEIVED, SentBy.POST, "grace.lee", AT), "no final plan yet");
    }

    @Test
    void aReviewsLettersFollowItsDecisionAndTheAmendedPlan() {
        LetterKind.ReviewDecisions amend = new LetterKind.ReviewDecisions("AMEND", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 20));
        assertEquals(LocalDate.of(2026, 3, 31), LetterKind.REVIEW_AMEND.decidedOn(amend));
        assertEquals(LocalDate.of(2026, 5, 20), LetterKind.AMENDED_PLAN.decidedOn(amend));
        assertNull(LetterKind.REVIEW_MAINTAIN.decidedOn(amend));
        assertNull(LetterKind.REVIEW_CEASE.decidedOn(amend));
        assertNull(LetterKind.FINAL_PLAN.decidedOn(amend), "a request's letter is not a review's");
        assertEquals(LocalDate.of(2026, 3, 31), LetterKind.REVIEW_CEASE.decidedOn(
                new LetterKind.ReviewDecisions("CEASE", LocalDate.of(2026, 3, 31), null)));
        assertTrue(LetterKind.REVIEW_MAINTAIN.isAppealable(), "keeping the plan unchanged may be appealed");
        assertFalse(LetterKind.REVIEW_AMEND.isAppealable(), "the amended plan is, once issued");
        assertTrue(LetterKind.AMENDED_PLAN.isAppealable());
    }

    @Test
    void aReviewLetterIsOnlyForAReviewsDecisionAndNotBeforeIt() {
        ReviewLetter letter = new ReviewLetter(7L, 11L, 9L, LetterKind.REVIEW_MAINTAIN, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 1), SentBy.POST, "grace.lee", AT);
        assertEquals(LocalDate.of(2026, 6, 1), letter.appealBy());
        assertThrows(IllegalStateException.class, () -> new ReviewLetter(7L, 11L, 9L, LetterKind.FINAL_PLAN,
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), SentBy.POST, "grace.lee", AT));
        assertThrows(IllegalStateException.class, () -> new ReviewLetter(7L, 11L, 9L, LetterKind.REVIEW_MAINTAIN,
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 30), SentBy.POST, "grace.lee", AT));
        assertThrows(IllegalStateException.class, () -> new ReviewLetter(7L, 11L, 9L, LetterKind.AMENDED_PLAN,
                null, LocalDate.of(2026, 3, 30), SentBy.POST, "grace.lee", AT));
    }
}
