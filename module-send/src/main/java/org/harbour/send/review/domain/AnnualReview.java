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
import org.harbour.send.timescale.domain.ReviewTimescales;

import java.time.Instant;
import java.time.LocalDate;

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

    public void amendedPlanIssued(LocalDate on) {
        if (decision != ReviewDecision.AMEND) {
            throw new IllegalStateException("An amended plan follows a decision to amend.");
        }
        requireAfterMeeting(on);
        this.amendedPlanOn = on;
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
}
