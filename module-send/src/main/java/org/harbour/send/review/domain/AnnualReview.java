package org.harbour.send.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.send.history.domain.Recorded;
import org.harbour.send.timescale.domain.EhcTimescales;
import org.harbour.send.timescale.domain.PhaseTransfer;
import org.harbour.send.timescale.domain.ReviewTimescales;
import org.harbour.send.timescale.domain.SchoolYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * An annual review of a plan: the meeting, the report (2 weeks), the decision (4 weeks) and,
 * when the decision is to amend, the amended plan (12 weeks), each timed from the meeting.
 */
@Entity
@Table(name = "send_review")
public class AnnualReview extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "meeting_on", nullable = false)
    private LocalDate meetingOn;

    @Column(name = "report_sent_on")
    private LocalDate reportSentOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ReviewDecision decision;

    @Column(name = "amended_plan_on")
    private LocalDate amendedPlanOn;

    /** The proposed amendments (the draft amended plan) sent to the family, who have 15 days to comment. */
    @Column(name = "amendment_proposed_on")
    private LocalDate amendmentProposedOn;

    /** The move between phases this review prepares for, with the September of the move. */
    @Enumerated(EnumType.STRING)
    @Column(name = "phase_transfer", length = 30)
    private PhaseTransfer phaseTransfer;

    @Column(name = "transfer_year")
    private Integer transferYear;

    /** The child's national curriculum year on the day of the meeting; null when the date of birth is not known. */
    @Column(name = "school_year")
    private Integer schoolYear;

    @Column(name = "pfa_employment", nullable = false)
    private boolean adulthoodEmployment;

    @Column(name = "pfa_independent_living", nullable = false)
    private boolean adulthoodIndependentLiving;

    @Column(name = "pfa_community", nullable = false)
    private boolean adulthoodCommunity;

    @Column(name = "pfa_health", nullable = false)
    private boolean adulthoodHealth;

    protected AnnualReview() {
    }

    public AnnualReview(long planId, long personId, LocalDate dueOn, LocalDate meetingOn, String by, Instant at) {
        super(by, at);
        this.planId = planId;
        this.personId = personId;
        this.dueOn = dueOn;
        this.meetingOn = meetingOn;
    }

    /** The meeting held by the day the review was due. */
    public boolean heldOnTime() {
        return EhcTimescales.onTime(meetingOn, dueOn);
    }

    public void reportSent(LocalDate on) {
        requireAfterMeeting(on);
        this.reportSentOn = on;
    }

    public void decide(ReviewDecision decision, LocalDate on) {
        requireAfterMeeting(on);
        if (this.decision != null) {
            throw new IllegalStateException("The review's decision has already been made.");
        }
        this.decision = decision;
        this.decidedOn = on;
    }

    /** The plan may cease after this review only on its decision to cease, on or after that decision's day. */
    public void requireCeaseDecision(LocalDate on) {
        if (decision != ReviewDecision.CEASE) {
            throw new IllegalStateException("The plan ceases after a review only when the review decided to cease it.");
        }
        if (on.isBefore(decidedOn)) {
            throw new IllegalStateException("The plan cannot cease before the decision to cease it on " + decidedOn + ".");
        }
    }

    /** Prepares for a move between phases in the September of the year given. */
    public void preparesFor(PhaseTransfer transfer, Integer year) {
        if ((transfer == null) != (year == null)) {
            throw new IllegalArgumentException("A phase transfer needs both the move and the year of the move.");
        }
        this.phaseTransfer = transfer;
        this.transferYear = year;
    }

    /** The child's year group on the day of the meeting, from their date of birth (null when not known). */
    public void heldInSchoolYearOf(LocalDate dateOfBirth) {
        this.schoolYear = dateOfBirth == null ? null : SchoolYear.of(dateOfBirth, meetingOn);
    }

    /** From Year 9 the review looks at preparing for adulthood. */
    public boolean preparesForAdulthood() {
        return schoolYear != null && schoolYear >= SchoolYear.PREPARING_FOR_ADULTHOOD_FROM;
    }

    /** Records which of the four preparing-for-adulthood areas the review looked at (replacing what was recorded). */
    public void adulthoodDiscussed(Collection<AdulthoodArea> areas) {
        if (!preparesForAdulthood()) {
            throw new IllegalStateException("Preparing for adulthood is part of reviews from Year 9; this child was "
                    + (schoolYear == null ? "of an unknown year" : "in " + SchoolYear.label(schoolYear)) + " at the meeting.");
        }
        this.adulthoodEmployment = areas.contains(AdulthoodArea.EMPLOYMENT);
        this.adulthoodIndependentLiving = areas.contains(AdulthoodArea.INDEPENDENT_LIVING);
        this.adulthoodCommunity = areas.contains(AdulthoodArea.COMMUNITY);
        this.adulthoodHealth = areas.contains(AdulthoodArea.HEALTH);
    }

    public Set<AdulthoodArea> adulthoodAreas() {
        Set<AdulthoodArea> areas = EnumSet.noneOf(AdulthoodArea.class);
        if (adulthoodEmployment) {
            areas.add(AdulthoodArea.EMPLOYMENT);
        }
        if (adulthoodIndependentLiving) {
            areas.add(AdulthoodArea.INDEPENDENT_LIVING);
        }
        if (adulthoodCommunity) {
            areas.add(AdulthoodArea.COMMUNITY);
        }
        if (adulthoodHealth) {
            areas.add(AdulthoodArea.HEALTH);
        }
        return areas;
    }

    /** The areas a review from Year 9 has not yet looked at; empty before Year 9. */
    public Set<AdulthoodArea> adulthoodOutstanding() {
        if (!preparesForAdulthood()) {
            return EnumSet.noneOf(AdulthoodArea.class);
        }
        Set<AdulthoodArea> outstanding = EnumSet.allOf(AdulthoodArea.class);
        outstanding.removeAll(adulthoodAreas());
        return outstanding;
    }

    public Integer getSchoolYear() {
        return schoolYear;
    }

    /** The proposed amendments go to the family after the decision to amend. */
    public void amendmentsProposed(LocalDate on) {
        if (decision != ReviewDecision.AMEND) {
            throw new IllegalStateException("Amendments are proposed after a decision to amend the plan.");
        }
        if (on.isBefore(decidedOn)) {
            throw new IllegalStateException("The proposed amendments follow the decision of " + decidedOn + ".");
        }
        if (amendedPlanOn != null) {
            throw new IllegalStateException("The amended plan has already been issued.");
        }
        this.amendmentProposedOn = on;
    }

    /**
     * The final amended plan: after the decision to amend and the proposed amendments, once the
     * family's 15 days to comment on them are over.
     */
    public void amendedPlanIssued(LocalDate on) {
        if (decision != ReviewDecision.AMEND) {
            throw new IllegalStateException("An amended plan follows a decision to amend.");
        }
        requireAfterMeeting(on);
        if (amendmentProposedOn == null) {
            throw new IllegalStateException("Send the family the proposed amendments before the amended plan is issued.");
        }
        if (on.isBefore(familyCommentsUntil())) {
            throw new IllegalStateException("The family have until " + familyCommentsUntil()
                    + " to comment on the proposed amendments.");
        }
        if (amendedPlanOn != null) {
            throw new IllegalStateException("The amended plan has already been issued.");
        }
        this.amendedPlanOn = on;
    }

    /** The last of the family's 15 days to comment on the proposed amendments; null before they are sent. */
    public LocalDate familyCommentsUntil() {
        return amendmentProposedOn == null ? null : amendmentProposedOn.plusDays(EhcTimescales.FAMILY_COMMENT_DAYS);
    }

    /** The phase transfer deadline (15 February or 31 March of the year of the move); null without a transfer. */
    public LocalDate transferDeadline() {
        return phaseTransfer == null ? null : phaseTransfer.deadline(transferYear);
    }

    /** The day the amended plan is due: 12 weeks after the meeting, or the phase transfer deadline when earlier. */
    public LocalDate amendedPlanDueBy() {
        LocalDate due = amendedPlanDue();
        LocalDate transfer = transferDeadline();
        return transfer != null && transfer.isBefore(due) ? transfer : due;
    }

    /** What is outstanding on the day and whether it is late: the report, the decision, the amended plan. */
    public ReviewStep nextStep(LocalDate today) {
        if (reportSentOn == null) {
            return new ReviewStep("Review report", reportDue(), today.isAfter(reportDue()));
        }
        if (decision == null) {
            return new ReviewStep("Decision", decisionDue(), today.isAfter(decisionDue()));
        }
        if (decision == ReviewDecision.AMEND && amendedPlanOn == null) {
            String what = amendmentProposedOn == null ? "Proposed amendments" : "Amended plan";
            return new ReviewStep(what, amendedPlanDueBy(), today.isAfter(amendedPlanDueBy()));
        }
        return null;
    }

    /** Whether the amended plan was issued within 12 weeks of the meeting (and by the transfer deadline). */
    public boolean amendedInTime() {
        return amendedPlanOn != null && EhcTimescales.onTime(amendedPlanOn, amendedPlanDueBy());
    }

    public LocalDate reportDue() {
        return ReviewTimescales.reportDue(meetingOn);
    }

    public LocalDate decisionDue() {
        return ReviewTimescales.decisionDue(meetingOn);
    }

    public LocalDate amendedPlanDue() {
        return ReviewTimescales.amendedPlanDue(meetingOn);
    }

    private void requireAfterMeeting(LocalDate on) {
        if (on.isBefore(meetingOn)) {
            throw new IllegalStateException("This step follows the review meeting of " + meetingOn + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public LocalDate getReportSentOn() {
        return reportSentOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public LocalDate getAmendedPlanOn() {
        return amendedPlanOn;
    }

    public LocalDate getAmendmentProposedOn() {
        return amendmentProposedOn;
    }

    public PhaseTransfer getPhaseTransfer() {
        return phaseTransfer;
    }

    public Integer getTransferYear() {
        return transferYear;
    }
}
