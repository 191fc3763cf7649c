package org.harbour.send.appeal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.appeal.application.AppealForm;
import org.harbour.send.appeal.application.AppealView;
import org.harbour.send.appeal.domain.TribunalOutcome;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mediation and tribunal part of a page about a record with appealable decisions (a request, an
 * annual review): each decision made with what followed it, and the form for one of them. Keeps the
 * record's id (the page's {@code id} parameter), the decision being edited and the form's inputs.
 */
public abstract class AppealsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("adviceSought", "advice-sought",
            "certificateOn", "certificate-on", "mediationHeld", "mediation-held", "mediationOn", "mediation-on",
            "appealLodgedOn", "appeal-lodged-on", "outcome", "outcome", "outcomeOn", "outcome-on",
            "version", "record-appeal", "decision", "record-appeal");

    @Inject
    private SendAccess access;

    private Long recordId;
    private transient List<AppealView> decisions;
    /** The HTTP request the decisions were read in and whether it was rendering: as the letters panel, read again when stale. */
    private transient Object readIn;
    private transient boolean readWhileRendering;
    private String decision;
    private AppealForm form = new AppealForm();

    /** The record's decisions, checked and audited by the appeal service. */
    protected abstract List<AppealView> readDecisions(long recordId);

    /** Records what followed one decision through the appeal service, which checks and audits it. */
    protected abstract AppealView record(long recordId, String decision, AppealForm form);

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            recordId = id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            recordId = null;
        }
    }

    /** The appealable decisions made, read again in each request (another form may have made one). */
    public List<AppealView> getDecisions() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object request = faces.getExternalContext().getRequest();
        boolean rendering = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if ((decisions == null || readIn != request || rendering && !readWhileRendering) && recordId != null) {
            decisions = PageActions.attempt(() -> readDecisions(recordId));
            readIn = request;
            readWhileRendering = rendering;
            if (decisions != null && decision == null && decisions.size() == 1) {
                edit(decisions.get(0).getDecision());
            }
        }
        return decisions == null ? List.of() : decisions;
    }

    /** Opens the form on one decision, filled with what is recorded for it. */
    public void edit(String chosen) {
        getDecisions().stream().filter(v -> v.getDecision().equals(chosen)).findFirst().ifPresent(v -> {
            decision = chosen;
            form = AppealForm.of(v);
        });
    }

    public AppealView getEdited() {
        return decision == null ? null : getDecisions().stream().filter(v -> v.getDecision().equals(decision)).findFirst()
                .orElse(null);
    }

    public void save() {
        AppealView saved = PageActions.attempt("appeal-form", INPUTS, () -> record(recordId, decision, form));
        if (saved != null) {
            String label = saved.getDecisionLabel();
            Messages.addGlobalInfo("Mediation and tribunal recorded for " + label.substring(0, 1).toLowerCase(Locale.UK)
                    + label.substring(1) + ".");
            form = AppealForm.of(saved);
            decisions = null;
        }
    }

    public TribunalOutcome[] getOutcomes() {
        return TribunalOutcome.values();
    }

    public AppealForm getForm() {
        return form;
    }

    public boolean isMayRecord() {
        return access.has(SendPermissions.RECORD);
    }
}
