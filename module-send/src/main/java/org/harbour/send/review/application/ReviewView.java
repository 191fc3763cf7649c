package org.harbour.send.review.application;

import org.harbour.send.review.domain.AnnualReview;
import org.harbour.send.review.domain.ReviewDecision;
import org.harbour.send.review.domain.ReviewStep;

import org.harbour.send.review.domain.AdulthoodArea;
import org.harbour.send.timescale.domain.SchoolYear;

import java.time.LocalDate;
import java.util.List;

/** An annual review with each step's due date, what is next and whether it is late, for pages and the API. */
public record ReviewView(long id, long planId, long personId, String name, LocalDate dueOn, LocalDate meetingOn,
                         boolean heldOnTime, LocalDate reportDue, LocalDate reportSentOn, LocalDate decisionDue,
                         LocalDate decidedOn, String decision, String decisionLabel, LocalDate amendmentProposedOn,
                         LocalDate familyCommentsUntil, LocalDate amendedPlanDue, LocalDate amendedPlanOn,
                         String phaseTransfer, Integer transferYear, LocalDate transferDeadline, String nextStep,
                         LocalDate nextStepDue, boolean late, long version, String schoolYear,
                         boolean preparesForAdulthood, List<String> adulthoodCovered, List<String> adulthoodOutstanding,
                         List<String> adulthoodCoveredAreas, boolean planActive) {

    static ReviewView of(AnnualReview r, String name, LocalDate today, boolean planActive) {
        ReviewStep next = r.nextStep(today);
        boolean amending = r.getDecision() == ReviewDecision.AMEND;
        return new ReviewView(r.getId(), r.getPlanId(), r.getPersonId(), name, r.getDueOn(), r.getMeetingOn(), r.heldOnTime(),
                r.reportDue(), r.getReportSentOn(), r.decisionDue(), r.getDecidedOn(),
                r.getDecision() == null ? null : r.getDecision().name(), r.getDecision() == null ? null : r.getDecision().getLabel(),
                r.getAmendmentProposedOn(), r.familyCommentsUntil(), amending || r.getPhaseTransfer() != null ? r.amendedPlanDueBy() : null,
                r.getAmendedPlanOn(), r.getPhaseTransfer() == null ? null : r.getPhaseTransfer().name(), r.getTransferYear(),
                r.transferDeadline(), next == null ? null : next.what(), next == null ? null : next.dueOn(),
                next != null && next.late(), r.getVersion(),
                r.getSchoolYear() == null ? null : SchoolYear.label(r.getSchoolYear()), r.preparesForAdulthood(),
                r.adulthoodAreas().stream().map(AdulthoodArea::getLabel).toList(),
                r.adulthoodOutstanding().stream().map(AdulthoodArea::getLabel).toList(),
                r.adulthoodAreas().stream().map(AdulthoodArea::name).toList(), planActive);
    }
}
