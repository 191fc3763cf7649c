package org.harbour.send.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.assessment.application.RequestService;
import org.harbour.send.assessment.application.RequestView;
import org.harbour.send.assessment.domain.AdviceKind;
import org.harbour.send.timescale.domain.ExceptionGround;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs send/request.xhtml: one request through the assessment. The decision whether to assess,
 * advice asked for and received, exceptions, the draft and the final plan. Each action sends the
 * version the page read; the page keeps only the id and its inputs between requests.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    @Inject
    private SendAccess access;

    private Long id;
    private transient RequestView request;
    private Boolean assess;
    private LocalDate decidedOn;
    private String reason;
    private String adviceKind;
    private String askedOf;
    private LocalDate adviceOn;
    private final Map<Long, LocalDate> adviceReceived = new HashMap<>();
    private String ground;
    private LocalDate exceptionFrom;
    private LocalDate exceptionTo;
    private String exceptionNote;
    private LocalDate draftOn;
    private LocalDate finalOn;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException(-1);
            }
            request = requests.find(id);
            LocalDate today = LocalDate.now(Clock.systemUTC());
            decidedOn = today;
            adviceOn = today;
            draftOn = today;
            finalOn = today;
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public void decide() {
        act(() -> requests.decide(id, assess, decidedOn, reason, version()), "Decision recorded.");
    }

    public void askForAdvice() {
        act(() -> requests.askForAdvice(id, adviceKind, askedOf, adviceOn, version()), "Advice asked for.");
    }

    public void adviceReceived(long adviceId) {
        act(() -> requests.adviceReceived(id, adviceId, adviceReceived.get(adviceId), version()), "Advice received.");
    }

    public void recordException() {
        act(() -> requests.recordException(id, ground, exceptionFrom, exceptionTo, exceptionNote, version()),
                "Exception recorded. The 20-week clock goes on.");
    }

    public void issueDraft() {
        act(() -> requests.issueDraft(id, draftOn, version()), "Draft plan sent to the family: their 15 days have started.");
    }

    public void issueFinal() {
        act(() -> requests.issueFinal(id, finalOn, version()), "Final plan issued.");
    }

    /** Another part of the page changed the request: show it as it now is, with its new version. */
    void show(RequestView after) {
        request = after;
    }

    private void act(Supplier<RequestView> action, String done) {
        RequestView after = PageActions.attempt(action);
        if (after != null) {
            request = after;
            Messages.addGlobalInfo(done);
        } else {
            request = requests.find(id);
        }
    }

    private Long version() {
        return getRequest().getVersion();
    }

    public RequestView getRequest() {
        if (request == null && id != null) {
            request = requests.find(id);
        }
        return request;
    }

    public boolean isMayDecide() {
        return access.has(SendPermissions.DECIDE);
    }

    public boolean isMayRecord() {
        return access.has(SendPermissions.RECORD);
    }

    public boolean isMayPlan() {
        return access.has(SendPermissions.PLAN);
    }

    public List<AdviceKind> getAdviceKinds() {
        return List.of(AdviceKind.values());
    }

    public List<ExceptionGround> getGrounds() {
        return List.of(ExceptionGround.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Boolean getAssess() {
        return assess;
    }

    public void setAssess(Boolean assess) {
        this.assess = assess;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAdviceKind() {
        return adviceKind;
    }

    public void setAdviceKind(String adviceKind) {
        this.adviceKind = adviceKind;
    }

    public String getAskedOf() {
        return askedOf;
    }

    public void setAskedOf(String askedOf) {
        this.askedOf = askedOf;
    }

    public LocalDate getAdviceOn() {
        return adviceOn;
    }

    public void setAdviceOn(LocalDate adviceOn) {
        this.adviceOn = adviceOn;
    }

    public Map<Long, LocalDate> getAdviceReceived() {
        return adviceReceived;
    }

    public String getGround() {
        return ground;
    }

    public void setGround(String ground) {
        this.ground = ground;
    }

    public LocalDate getExceptionFrom() {
        return exceptionFrom;
    }

    public void setExceptionFrom(LocalDate exceptionFrom) {
        this.exceptionFrom = exceptionFrom;
    }

    public LocalDate getExceptionTo() {
        return exceptionTo;
    }

    public void setExceptionTo(LocalDate exceptionTo) {
        this.exceptionTo = exceptionTo;
    }

    public String getExceptionNote() {
        return exceptionNote;
    }

    public void setExceptionNote(String exceptionNote) {
        this.exceptionNote = exceptionNote;
    }

    public LocalDate getDraftOn() {
        return draftOn;
    }

    public void setDraftOn(LocalDate draftOn) {
        this.draftOn = draftOn;
    }

    public LocalDate getFinalOn() {
        return finalOn;
    }

    public void setFinalOn(LocalDate finalOn) {
        this.finalOn = finalOn;
    }
}
