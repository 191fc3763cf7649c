package org.harbour.send.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.assessment.application.RequestForm;
import org.harbour.send.assessment.application.RequestService;
import org.harbour.send.assessment.application.RequestView;
import org.harbour.send.assessment.domain.RequestSource;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Backs send/new-request.xhtml: records a request for an EHC needs assessment for a child. */
@Named
@ViewScoped
public class NewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    private Long person;
    private String childName;
    private final RequestForm form = new RequestForm();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            // Listing the child's requests checks permission and reach before the form is shown.
            requests.ofChild(person);
            childName = requests.childName(person);
            form.setReceivedOn(LocalDate.now(Clock.systemUTC()));
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public String record() {
        RequestView created = PageActions.attempt(() -> requests.record(person, form));
        if (created == null) {
            return null;
        }
        Messages.addFlashGlobalInfo("Request recorded: the decision whether to assess is due by "
                + Dates.show(created.getDecisionDue()) + ".");
        return "/send/request?faces-redirect=true&id=" + created.getId();
    }

    public List<RequestSource> getSources() {
        return List.of(RequestSource.values());
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getChildName() {
        return childName;
    }

    public RequestForm getForm() {
        return form;
    }
}
