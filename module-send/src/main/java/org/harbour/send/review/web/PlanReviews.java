package org.harbour.send.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.review.application.ReviewService;
import org.harbour.send.review.application.ReviewView;
import org.harbour.send.timescale.domain.PhaseTransfer;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Backs the annual reviews part of send/plan.xhtml: the plan's reviews and the form for a new meeting. */
@Named
@ViewScoped
public class PlanReviews implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    @Inject
    private SendAccess access;

    private Long planId;
    private transient List<ReviewView> list;
    private LocalDate meetingOn;
    private String phaseTransfer;
    private Integer transferYear;

    /** The meeting held; the review page then takes its steps. */
    public String recordMeeting() {
        ReviewView made = PageActions.attempt(() -> reviews.recordMeeting(planId, meetingOn, phaseTransfer, transferYear));
        if (made == null) {
            return null;
        }
        Messages.addFlashGlobalInfo("Review meeting recorded.");
        return "/send/review?faces-redirect=true&id=" + made.id();
    }

    public List<ReviewView> getReviews() {
        if (list == null && planId != null) {
            list = reviews.ofPlan(planId);
        }
        return list;
    }

    public boolean isMayReview() {
        return access.has(SendPermissions.REVIEW);
    }

    public List<PhaseTransfer> getPhaseTransfers() {
        return List.of(PhaseTransfer.values());
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public void setMeetingOn(LocalDate meetingOn) {
        this.meetingOn = meetingOn;
    }

    public String getPhaseTransfer() {
        return phaseTransfer;
    }

    public void setPhaseTransfer(String phaseTransfer) {
        this.phaseTransfer = phaseTransfer;
    }

    public Integer getTransferYear() {
        return transferYear;
    }

    public void setTransferYear(Integer transferYear) {
        this.transferYear = transferYear;
    }
}
