package org.harbour.send.assessment.domain;

import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.register.domain.SettingType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draft plan sent on Wednesday 1 April 2026: the family's 15 days run to 16 April, a setting
 * consulted on 2 April has until 17 April to answer, and a setting the family ask for is consulted
 * before the final plan.
 */
class DraftPlanConsultationTest {

    private static final LocalDate DRAFT = LocalDate.of(2026, 4, 1);
    private final EducationSetting riverside = new EducationSetting("Riverside Primary", "100001", null, firstType(), true,
            "raj.patel", Instant.EPOCH);
    private final EducationSetting oakfield = new EducationSetting("Oakfield School", "100002", null, firstType(), false,
            "raj.patel", Instant.EPOCH);

    private static SettingType firstType() {
        return SettingType.values()[0];
    }

    private EhcRequest withDraft() {
        EhcRequest r = new EhcRequest(7L, LocalDate.of(2026, 1, 5), RequestSource.PARENT, false, "grace.lee", "grace.lee", Instant.EPOCH);
        r.decide(true, LocalDate.of(2026, 2, 10), null);
        r.draftSent(DRAFT, 9L);
        return r;
    }

    @Test
    void theFamilysResponseOnTheFifteenthDayIsInTimeAndTheDayAfterIsNot() {
        EhcRequest onTime = withDraft();
        assertNull(onTime.familyRespondedInTime(), "no response yet");
        onTime.familyResponded(LocalDate.of(2026, 4, 16), "We would like more speech therapy.", null);
        assertTrue(onTime.familyRespondedInTime());

        EhcRequest late = withDraft();
        late.familyResponded(LocalDate.of(2026, 4, 17), null, null);
        assertFalse(late.familyRespondedInTime());
    }

    @Test
    void theFamilyRespondOnlyToADraftAndNotBeforeItWasSent() {
        EhcRequest noDraft = new EhcRequest(7L, LocalDate.of(2026, 1, 5), RequestSource.PARENT, false, "grace.lee", "grace.lee",
                Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> noDraft.familyResponded(DRAFT, null, null));
        assertThrows(IllegalStateException.class, () -> withDraft().familyResponded(DRAFT.minusDays(1), null, null));
    }

    @Test
    void aConsultedSettingHasFifteenDaysToAnswerOnceAndNotBeforeItWasAsked() {
        EhcRequest r = withDraft();
        SettingConsultation c = r.consult(riverside, LocalDate.of(2026, 4, 2));
        assertEquals(LocalDate.of(2026, 4, 17), c.answerDue());
        assertThrows(IllegalStateException.class, () -> r.consult(riverside, LocalDate.of(2026, 4, 3)), "consulted once");
        assertThrows(IllegalStateException.class, () -> c.answered(LocalDate.of(2026, 4, 1), ConsultationAnswer.AGREES, null));
        c.answered(LocalDate.of(2026, 4, 10), ConsultationAnswer.OBJECTS, "No places in year 3");
        assertFalse(c.isOutstanding());
        assertThrows(IllegalStateException.class, () -> c.answered(LocalDate.of(2026, 4, 11), ConsultationAnswer.AGREES, null));
        assertThrows(IllegalStateException.class, () -> withDraft().consult(oakfield, DRAFT.minusDays(1)), "before the draft");
    }

    @Test
    void theSettingTheFamilyAskForIsConsultedBeforeTheFinalPlan() {
        EhcRequest r = withDraft();
        r.familyResponded(LocalDate.of(2026, 4, 10), null, oakfield);
        r.consult(riverside, LocalDate.of(2026, 4, 2));
        assertThrows(IllegalStateException.class, () -> r.finalIssued(LocalDate.of(2026, 4, 20)), "Oakfield not consulted");
        r.consult(oakfield, LocalDate.of(2026, 4, 11));
        r.finalIssued(LocalDate.of(2026, 4, 20));
        assertEquals(RequestStage.FINAL_ISSUED, r.getStage());
        assertThrows(IllegalStateException.class, () -> r.consult(oakfield, LocalDate.of(2026, 4, 21)), "after the final plan");
    }
}
