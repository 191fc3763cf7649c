package org.harbour.performance.cincensus.domain;

import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;

import java.time.LocalDate;
import java.util.List;

/**
 * The DfE's Children in Need census rules on a CIN episode and its modules: referral against birth
 * (8606), closure date and reason (8620, 8630, 8810), assessments (8608, 8614, and the query 8670Q on
 * one still open 45 working days before 31 March) and child protection
 * plan reviews (8841), each with the DfE's rule number and message. Each links to the referral's
 * page, where the episode and its work are put right.
 */
final class CinEpisodeRules {

    /** Rule 8606: a referral no more than 40 weeks before the birth or the expected birth. */
    private static final int REFERRAL_BEFORE_BIRTH_DAYS = 280;
    /** Rule 8670Q: an assessment still open 45 working days before the census date is queried. */
    private static final int OPEN_ASSESSMENT_WORKING_DAYS = 45;

    private CinEpisodeRules() {
    }

    /** The day 45 working days before the census date: an assessment open since before it is queried (8670Q). */
    static LocalDate openAssessmentSince(ReturnPeriod period, WorkingDayCalendar calendar) {
        LocalDate day = period.end();
        int counted = 0;
        while (counted < OPEN_ASSESSMENT_WORKING_DAYS) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    static void check(CinChild child, CinChild.CinEpisode e, ReturnPeriod period, LocalDate openAssessmentSince,
                      String link, List<ValidationMessage> out) {
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
            if (a.authorised() == null && a.start().isBefore(openAssessmentSince)) {
                out.add(ValidationMessage.warning("8670Q", "Please check: Assessment started more than 45 working days "
                        + "before the end of the census year. However, there is no Assessment end date.", id,
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
