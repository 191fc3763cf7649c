package org.harbour.send.appeal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.appeal.application.AppealForm;
import org.harbour.send.appeal.application.AppealService;
import org.harbour.send.appeal.application.AppealView;

import java.util.List;

/** Mediation and tribunal on send/request.xhtml: not to assess, not to issue, the final plan. */
@Named
@ViewScoped
public class RequestAppealsPanel extends AppealsPanel {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppealService appeals;

    @Override
    protected List<AppealView> readDecisions(long requestId) {
        return appeals.ofRequest(requestId);
    }

    @Override
    protected AppealView record(long requestId, String decision, AppealForm form) {
        return appeals.recordOnRequest(requestId, decision, form);
    }
}
