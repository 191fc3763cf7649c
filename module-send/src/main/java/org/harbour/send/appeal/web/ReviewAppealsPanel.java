package org.harbour.send.appeal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.appeal.application.AppealForm;
import org.harbour.send.appeal.application.AppealService;
import org.harbour.send.appeal.application.AppealView;

import java.util.List;

/** Mediation and tribunal on send/review.xhtml: keeping the plan unchanged, the amended plan, ceasing. */
@Named
@ViewScoped
public class ReviewAppealsPanel extends AppealsPanel {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppealService appeals;

    @Override
    protected List<AppealView> readDecisions(long reviewId) {
        return appeals.ofReview(reviewId);
    }

    @Override
    protected AppealView record(long reviewId, String decision, AppealForm form) {
        return appeals.recordOnReview(reviewId, decision, form);
    }
}
