package org.harbour.send.review.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.review.application.ReviewService;
import org.harbour.send.review.application.ReviewView;
import org.harbour.send.review.domain.AdulthoodArea;
import org.harbour.send.plan.domain.CeaseReason;
import org.harbour.send.review.domain.ReviewDecision;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Backs send/review.xhtml: one annual review, each step's due date, and the form for the next step. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    @Inject
    private SendAccess access;

    private Long id;
    private transient ReviewView review;
    private long version;
    private LocalDate on;
    private String decision;
    private String ceaseReason;
    private List<String> adulthoodAreas = new ArrayList<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException(-1);
            }
            show(reviews.find(id));
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public void sendReport() {
        act(() -> reviews.reportSent(id, on, version), "Review report recorded.");
    }

    public void decide() {
        act(() -> reviews.decide(id, decision, on, version), "Decision recorded: the family's letter gives their rights of appeal.");
    }

    public void proposeAmendments() {
        act(() -> reviews.proposeAmendments(id, on, version), "Proposed amendments recorded: the family have 15 days to comment.");
    }

    public void issueAmendedPlan() {
        act(() -> reviews.issueAmendedPlan(id, on, version), "Amended plan issued.");
    }

    public void ceasePlan() {
        act(() -> reviews.ceasePlan(id, on, ceaseReason, version), "The plan has ceased: record the family's letter below.");
    }

    public List<CeaseReason> getCeaseReasons() {
        return Arrays.stream(CeaseReason.values()).filter(c -> c != CeaseReason.MOVED_LA).toList();
    }

    public String getCeaseReason() {
        return ceaseReason;
    }

    public void setCeaseReason(String ceaseReason) {
        this.ceaseReason = ceaseReason;
    }

    public void recordAdulthood() {
        act(() -> reviews.recordAdulthood(id, adulthoodAreas, version), "Preparing for adulthood recorded.");
    }

    private void act(Supplier<ReviewView> action, String done) {
        ReviewView after = PageActions.attempt(action);
        if (after != null) {
            show(after);
            on = null;
            Messages.addGlobalInfo(done);
        }
    }

    private void show(ReviewView view) {
        review = view;
        version = view.version();
        adulthoodAreas = new ArrayList<>(view.adulthoodCoveredAreas());
    }

    public ReviewView getReview() {
        if (review == null && id != null) {
            review = reviews.find(id);
        }
        return review;
    }

    /** The step the form offers: report, decision, amendments or amended plan; null when none is left. */
    public String getStep() {
        ReviewView r = getReview();
        if (r.reportSentOn() == null) {
            return "report";
        }
        if (r.decision() == null) {
            return "decision";
        }
        if (ReviewDecision.AMEND.name().equals(r.decision()) && r.amendedPlanOn() == null) {
            return r.amendmentProposedOn() == null ? "amendments" : "amended-plan";
        }
        if (ReviewDecision.CEASE.name().equals(r.decision()) && r.planActive()) {
            return "cease";
        }
        return null;
    }

    public boolean isMayReview() {
        return access.has(SendPermissions.REVIEW);
    }

    public boolean isMayPlan() {
        return access.has(SendPermissions.PLAN);
    }

    public List<ReviewDecision> getDecisions() {
        return List.of(ReviewDecision.values());
    }

    public List<AdulthoodArea> getAdulthoodChoices() {
        return List.of(AdulthoodArea.values());
    }

    public List<String> getAdulthoodAreas() {
        return adulthoodAreas;
    }

    public void setAdulthoodAreas(List<String> adulthoodAreas) {
        this.adulthoodAreas = adulthoodAreas == null ? new ArrayList<>() : new ArrayList<>(adulthoodAreas);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
