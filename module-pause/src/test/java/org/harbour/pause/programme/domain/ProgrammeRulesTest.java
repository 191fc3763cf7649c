package org.harbour.pause.programme.domain;

import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forum and programme steps, the caseload cap and the programme's clock. */
class ProgrammeRulesTest {

    private static final LocalDate REFERRED = LocalDate.of(2026, 1, 5);

    private static Participation referred() {
        return new Participation(7, REFERRED, "Two children removed", "maria.costa", Instant.parse("2026-01-05T10:00:00Z"));
    }

    @Test
    void aWomanGoesFromReferralThroughTheForumToExit() {
        Participation p = referred();
        p.decide(ForumDecision.OFFER, REFERRED.plusDays(10), "Meets the criteria");
        assertEquals(Stage.OFFERED, p.getStage());
        p.answerOffer(true, REFERRED.plusDays(12));
        assertEquals(Stage.CONSENTED, p.getStage());
        p.allocate("maria.costa", REFERRED.plusDays(20));
        assertEquals(Stage.ENGAGEMENT, p.getStage());
        assertEquals(REFERRED.plusDays(20), p.getEngagementStartedOn());
        p.startIntervention(REFERRED.plusDays(20).plusWeeks(16));
        p.exit(REFERRED.plusMonths(20), "Completed", "College in September");
        assertEquals(Stage.EXITED, p.getStage());
    }

    @Test
    void stepsOutOfOrderAreRefusedSayingWhereSheIs() {
        Participation p = referred();
        RuleRefusedException e = assertThrows(RuleRefusedException.class, () -> p.allocate("maria.costa", REFERRED));
        assertTrue(e.getMessage().contains("Referred to the forum"), e.getMessage());
        assertThrows(RuleRefusedException.class, () -> p.answerOffer(true, REFERRED));
        p.decide(ForumDecision.NOT_SUITABLE, REFERRED, "Lives elsewhere");
        assertThrows(RuleRefusedException.class, () -> p.decide(ForumDecision.OFFER, REFERRED, "Changed mind"));
    }

    @Test
    void aDeferredWomanComesBackToTheForum() {
        Participation p = referred();
        p.decide(ForumDecision.NOT_NOW, REFERRED.plusDays(7), "In crisis housing");
        p.decide(ForumDecision.OFFER, REFERRED.plusMonths(3), "Housing settled");
        assertEquals(Stage.OFFERED, p.getStage());
    }

    @Test
    void datesBeforeTheStepBeforeAndMissingReasonsAreBadInput() {
        Participation p = referred();
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> p.decide(ForumDecision.OFFER, REFERRED.minusDays(1), "x"));
        assertEquals("forumOn", early.getField());
        assertEquals("reasons", assertThrows(InvalidInputException.class,
                () -> p.decide(ForumDecision.OFFER, REFERRED, " ")).getField());
        assertEquals("decision", assertThrows(InvalidInputException.class, () -> p.decide(null, REFERRED, "x")).getField());
    }

    @Test
    void theCapRefusesTheWomanAboveItWithAClearMessage() {
        assertDoesNotThrow(() -> CaseloadCap.check("Maria Costa", 7, 8));
        RuleRefusedException e = assertThrows(RuleRefusedException.class, () -> CaseloadCap.check("Maria Costa", 8, 8));
        assertEquals("Maria Costa already works with 8 women, the caseload cap of 8. Allocate her to another practitioner, "
                + "or end a case first.", e.getMessage());
        assertThrows(RuleRefusedException.class, () -> CaseloadCap.check("Maria Costa", 6, 6));
    }

    @Test
    void theClockGivesEngagementOfSixteenWeeksAndOutcomesDueAtBaselineMidpointAndExit() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertEquals(LocalDate.of(2026, 4, 23), ProgrammeTimeline.engagementEnds(start));
        assertEquals(LocalDate.of(2027, 7, 1), ProgrammeTimeline.interventionEnds(start, 18));
        assertEquals(start.plusDays(273), ProgrammeTimeline.midpoint(start, 18));

        Participation p = referred();
        p.decide(ForumDecision.OFFER, REFERRED, "ok");
        p.answerOffer(true, REFERRED);
        p.allocate("maria.costa", REFERRED);
        LocalDate intervention = REFERRED.plusWeeks(16);
        p.startIntervention(intervention);
        var due = ProgrammeTimeline.due(p, true, false, false, 18);
        assertEquals(2, due.size());
        assertEquals("Midpoint outcomes", due.get(0).title());
        LocalDate midpoint = ProgrammeTimeline.midpoint(intervention, 18);
        assertEquals(midpoint, due.get(0).dueOn());
        assertTrue(due.get(0).overdueOn(midpoint.plusDays(1)));
        assertEquals(false, due.get(0).overdueOn(midpoint));
    }
}
