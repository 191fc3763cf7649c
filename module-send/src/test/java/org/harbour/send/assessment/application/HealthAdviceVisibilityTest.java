package org.harbour.send.assessment.application;

import org.harbour.send.assessment.domain.AdviceKind;
import org.harbour.send.assessment.domain.AdviceRequest;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Health and social care advice is special category data: only staff with the health-data permission see it. */
class HealthAdviceVisibilityTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    private static EhcRequest assessedWithAdvice() {
        EhcRequest r = new EhcRequest(7L, RECEIVED, RequestSource.PARENT, false, "grace.lee", "grace.lee", Instant.EPOCH);
        r.decide(true, RECEIVED.plusWeeks(4), null);
        r.askForAdvice(AdviceKind.EDUCATION, "Oak Primary School", RECEIVED.plusWeeks(4));
        r.askForAdvice(AdviceKind.HEALTH, "Community paediatrics", RECEIVED.plusWeeks(4));
        r.askForAdvice(AdviceKind.SOCIAL_CARE, "Children's social care", RECEIVED.plusWeeks(4));
        r.askForAdvice(AdviceKind.PSYCHOLOGY, "Educational psychology service", RECEIVED.plusWeeks(4));
        return r;
    }

    @Test
    void withoutHealthDataRightsHealthAndSocialCareAdviceIsWithheld() {
        assertEquals(List.of(AdviceKind.EDUCATION, AdviceKind.PSYCHOLOGY), RequestView.visibleAdvice(assessedWithAdvice().getAdvice(), false)
                .stream().map(AdviceRequest::getKind).toList());
    }

    @Test
    void withHealthDataRightsEveryPieceOfAdviceIsShown() {
        assertEquals(List.of(AdviceKind.EDUCATION, AdviceKind.HEALTH, AdviceKind.SOCIAL_CARE, AdviceKind.PSYCHOLOGY),
                RequestView.visibleAdvice(assessedWithAdvice().getAdvice(), true).stream().map(AdviceRequest::getKind).toList());
    }
}
