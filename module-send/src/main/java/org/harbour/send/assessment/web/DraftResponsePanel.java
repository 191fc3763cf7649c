package org.harbour.send.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.assessment.application.RequestService;
import org.harbour.send.assessment.application.RequestView;
import org.harbour.send.assessment.domain.ConsultationAnswer;
import org.harbour.send.register.application.SettingRegister;
import org.harbour.send.register.application.SettingView;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The draft plan part of send/request.xhtml: the family's response (comments and the setting they
 * ask for) and the settings consulted with their answers. Acts on the request the page shows and
 * hands the changed request back to it, so the page's next step sends the new version.
 */
@Named
@ViewScoped
public class DraftResponsePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestPage page;

    @Inject
    private RequestService requests;

    @Inject
    private SettingRegister register;

    private LocalDate respondedOn = today();
    private String comments;
    private Long askedSettingId;
    private Long consultSettingId;
    private LocalDate consultedOn = today();
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, LocalDate> answeredOn = new HashMap<>();

    public void recordResponse() {
        act(() -> requests.recordFamilyResponse(id(), respondedOn, comments, askedSettingId, version()),
                "The family's response recorded.");
    }

    public void consult() {
        act(() -> requests.consult(id(), consultSettingId, consultedOn, version()), "Consultation recorded: the setting has 15 days to answer.");
    }

    public void answered(long consultationId) {
        act(() -> requests.consultationAnswered(id(), consultationId, answeredOn.get(consultationId), answers.get(consultationId),
                null, version()), "The setting's answer recorded.");
    }

    private void act(Supplier<RequestView> action, String done) {
        RequestView after = PageActions.attempt(action);
        if (after != null) {
            page.show(after);
            Messages.addGlobalInfo(done);
        }
    }

    private long id() {
        return page.getId();
    }

    private Long version() {
        return page.getRequest().getVersion();
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }

    public List<SettingView> getSettings() {
        return register.all();
    }

    public List<ConsultationAnswer> getAnswerChoices() {
        return List.of(ConsultationAnswer.values());
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public Long getAskedSettingId() {
        return askedSettingId;
    }

    public void setAskedSettingId(Long askedSettingId) {
        this.askedSettingId = askedSettingId;
    }

    public Long getConsultSettingId() {
        return consultSettingId;
    }

    public void setConsultSettingId(Long consultSettingId) {
        this.consultSettingId = consultSettingId;
    }

    public LocalDate getConsultedOn() {
        return consultedOn;
    }

    public void setConsultedOn(LocalDate consultedOn) {
        this.consultedOn = consultedOn;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, LocalDate> getAnsweredOn() {
        return answeredOn;
    }
}
