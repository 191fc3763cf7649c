package org.harbour.send.assessment.domain;

import org.harbour.send.timescale.domain.ExceptionGround;
import org.harbour.send.timescale.domain.Week20Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request received on Monday 5 January 2026 through its steps, each refusing to run out of order. */
class EhcRequestTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    private EhcRequest request() {
        return new EhcRequest(7L, RECEIVED, RequestSource.PARENT, false, "grace.lee", "grace.lee", Instant.EPOCH);
    }

    @Test
    void aDecisionOnTheSixWeekDayIsInTimeAndTheDayAfterIsNot() {
        EhcRequest onTime = request();
        onTime.decide(true, LocalDate.of(2026, 2, 16), null);
        assertTrue(onTime.decidedInTime());
        assertEquals(RequestStage.ASSESSING, onTime.getStage());
        EhcRequest late = request();
        late.decide(false, LocalDate.of(2026, 2, 17), "Needs can be met from the school's resources");
        assertFalse(late.decidedInTime());
        assertEquals(Week20Status.NO_PLAN, late.week20(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        EhcRequest r = request();
        assertThrows(IllegalStateException.class, () -> r.askForAdvice(AdviceKind.HEALTH, "Community paediatrics", RECEIVED));
        assertThrows(IllegalStateException.class, () -> r.draftSent(RECEIVED, 1L));
        assertThrows(IllegalStateException.class, () -> r.decide(true, RECEIVED.minusDays(1), null),
                "no decision before the request was received");
        r.decide(true, LocalDate.of(2026, 2, 9), null);
        assertThrows(IllegalStateException.class, () -> r.decide(true, LocalDate.of(2026, 2, 10), null), "decided once");
        assertThrows(IllegalStateException.class, () -> r.finalIssued(LocalDate.of(2026, 5, 1)), "no final plan without a draft");
    }

    @Test
    void adviceIsDueSixWeeksAfterItWasAskedForAndCannotArriveBefore() {
        EhcRequest r = request();
        r.decide(true, LocalDate.of(2026, 2, 9), null);
        AdviceRequest a = r.askForAdvice(AdviceKind.PSYCHOLOGY, "Educational psychology service", LocalDate.of(2026, 2, 10));
        assertEquals(LocalDate.of(2026, 3, 24), a.dueOn());
        assertThrows(IllegalStateException.class, () -> a.received(LocalDate.of(2026, 2, 9)));
        a.received(LocalDate.of(2026, 3, 20));
        assertFalse(a.isOutstanding());
    }

    @Test
    void theFinalPlanWaitsForTheFamilysFifteenDays() {
        EhcRequest r = request();
        r.decide(true, LocalDate.of(2026, 2, 9), null);
        r.draftSent(LocalDate.of(2026, 4, 20), 3L);
        IllegalStateException tooSoon = assertThrows(IllegalStateException.class, () -> r.finalIssued(LocalDate.of(2026, 5, 5)));
        assertTrue(tooSoon.getMessage().contains("2026-05-06"), tooSoon.getMessage());
        r.finalIssued(LocalDate.of(2026, 5, 6));
        assertEquals(RequestStage.FINAL_ISSUED, r.getStage());
        assertEquals(Week20Status.ISSUED_ON_TIME, r.week20(LocalDate.of(2026, 6, 1)));
        assertTrue(r.timeliness().withinTwentyWeeks());
        assertEquals(18, r.weekOn(LocalDate.of(2026, 5, 6)), "issued in week 18");
    }

    @Test
    void anExceptionIsRecordedWithItsGroundButCannotPrecedeTheRequest() {
        EhcRequest r = request();
        assertThrows(IllegalStateException.class,
                () -> r.recordException(ExceptionGround.D, RECEIVED.minusDays(1), RECEIVED.plusWeeks(5), null));
        assertThrows(IllegalStateException.class,
                () -> r.recordException(ExceptionGround.D, RECEIVED.plusWeeks(5), RECEIVED.plusWeeks(4), null));
        TimescaleException e = r.recordException(ExceptionGround.D, RECEIVED.plusWeeks(4), RECEIVED.plusWeeks(9), "Family abroad");
        assertEquals("(d) Child or family away from the area for 4 weeks or more", e.getGround().getDescription());
    }
}
