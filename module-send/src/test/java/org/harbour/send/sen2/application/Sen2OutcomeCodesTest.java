package org.harbour.send.sen2.application;

import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestSource;
import org.harbour.send.sen2.domain.Sen2Person;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The request and assessment outcomes in the codes of the SEN2 schema (Y, N, A, W). */
class Sen2OutcomeCodesTest {

    private static EhcRequest received() {
        return new EhcRequest(7L, LocalDate.of(2025, 1, 6), RequestSource.PARENT, false, "grace.lee", "grace.lee", Instant.EPOCH);
    }

    @Test
    void aRequestNotYetDecidedIsAAndHasNoAssessment() {
        Sen2Person.Sen2Request r = Sen2Return.request(received(), null);
        assertEquals("A", r.outcome());
        assertNull(r.assessment());
    }

    @Test
    void refusedAndWithdrawnRequests() {
        EhcRequest refused = received();
        refused.decide(false, LocalDate.of(2025, 2, 10), "Needs met by the school");
        assertEquals("N", Sen2Return.request(refused, null).outcome());

        EhcRequest withdrawn = received();
        withdrawn.withdraw(LocalDate.of(2025, 1, 20));
        assertEquals("W", Sen2Return.request(withdrawn, null).outcome());

        EhcRequest withdrawnWhileAssessing = received();
        withdrawnWhileAssessing.decide(true, LocalDate.of(2025, 2, 10), null);
        withdrawnWhileAssessing.withdraw(LocalDate.of(2025, 3, 1));
        Sen2Person.Sen2Request r = Sen2Return.request(withdrawnWhileAssessing, null);
        assertEquals("Y", r.outcome(), "the request was assessed");
        assertEquals("W", r.assessment().outcome());
    }

    @Test
    void anAssessmentIsAWhileUnderWayYWhenAPlanIsIssuedAndNWhenNot() {
        EhcRequest assessing = received();
        assessing.decide(true, LocalDate.of(2025, 2, 10), null);
        assertEquals("Y", Sen2Return.request(assessing, null).outcome());
        assertEquals("A", Sen2Return.request(assessing, null).assessment().outcome());

        assessing.draftSent(LocalDate.of(2025, 4, 1), 9L);
        assertEquals("A", Sen2Return.request(assessing, null).assessment().outcome(), "a draft is not yet the decision");
        assessing.finalIssued(LocalDate.of(2025, 4, 20));
        assertEquals("Y", Sen2Return.request(assessing, null).assessment().outcome());

        EhcRequest notIssued = received();
        notIssued.decide(true, LocalDate.of(2025, 2, 10), null);
        notIssued.notToIssue(LocalDate.of(2025, 4, 25), "Needs can be met without a plan");
        assertEquals("N", Sen2Return.request(notIssued, null).assessment().outcome());
    }
}
