package org.harbour.pause.programme.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.pause.access.web.PageActions;
import org.harbour.pause.cohort.application.CohortRow;
import org.harbour.pause.cohort.application.CohortService;
import org.harbour.pause.programme.application.ForumService;
import org.harbour.pause.programme.application.ParticipationView;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** Backs pause/refer.xhtml: why she is in the cohort, and her referral to the forum. */
@Named("pauseRefer")
@ViewScoped
public class ReferPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CohortService cohort;

    @Inject
    private ForumService forum;

    private Long person;
    private CohortRow woman;
    private LocalDate referredOn = LocalDate.now(Clock.systemUTC());
    private String reason;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            woman = cohort.woman(person);
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public String refer() {
        ParticipationView created = PageActions.tryTo("refer-form", () -> forum.refer(person, referredOn, reason));
        if (created == null) {
            return null;
        }
        Messages.addFlashGlobalInfo("Referred to the forum. Record its decision when it has met.");
        return "/pause/woman?faces-redirect=true&id=" + created.getId();
    }

    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public CohortRow getWoman() { return woman; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate referredOn) { this.referredOn = referredOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
