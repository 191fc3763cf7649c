package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.List;

/**
 * The DfE's Children in Need census rules on a CIN episode and its modules: referral against birth
 * (8606), closure date and reason (8620, 8630, 8810), assessments (8608, 8614) and child protection
 * plan reviews (8841), each with the DfE's rule number and message. Each links to the referral's
 * page, where the episode and its work are put right.
 */
final class CinEpisodeRules {

    /** Rule 8606: a referral no more than 40 weeks before the birth or the expected birth. */
    private static final int REFERRAL_BEFORE_BIRTH_DAYS = 280;

    private CinEpisodeRules() {
    }

    static void check(CinChild child, CinChild.CinEpisode e, ReturnPeriod period, String link,
                      List<ValidationMessage> out) {
        long id = child.childId();
        LocalDate born = child.birthDate() != null ? child.birthDate() : child.expectedBirthDate();
        if (born != null && e.referralDate().isBefore(born.minusDays(REFERRAL_BEFORE_BIRTH_DAYS))) {
            out.add(ValidationMessage.error("8606", "Child referral date is more than 40 weeks before DOB or expected "
                    + "DOB", id, "CINreferralDate", link));
        }
        LocalDate closed = e.closureDate();
        if (closed != null && !period.contains(closed)) {
            out.add(ValidationMessage.error("8620", "CIN Closure Date present and does not fall within the Census year",
                    id, "CINclosureDate", link));
        }
        if (closed != null && closed.isBefore(e.referralDate())) {
            out.add(ValidationMessage.error("8630", "CIN Closure Date is before CIN Referral Date for the same CIN "
                    + "episode", id, "CINclosureDate", link));
        }
        if (e.closureReason() != null && closed == null) {
            out.add(ValidationMessage.error("8810", "A CIN case cannot have a Reason for Closure without a CIN Closure "
                    + "Date", id, "ReasonForClosure", link));
        }
        for (CinChild.Assessment a : e.assessments()) {
            if (a.authorised() != null && a.start().isAfter(a.authorised())) {
                out.add(ValidationMessage.error("8608", "Assessment Start Date cannot be later than its End Date", id,
                        "AssessmentAuthorisationDate", link));
            }
            if (a.authorised() == null && !a.factors().isEmpty()) {
                out.add(ValidationMessage.error("8614", "Parental or child factors at assessment should only be present "
                        + "for a completed assessment.", id, "AssessmentFactors", link));
            }
        }
        for (CinChild.ProtectionPlan p : e.protectionPlans()) {
            if (p.reviews().stream().anyMatch(review -> !review.isAfter(p.start()))) {
                out.add(ValidationMessage.error("8841", "The review date cannot be on the same day or before the Child "
                        + "protection Plan start date.", id, "CPPreviewDate", link));
            }
        }
    }
}
