package org.harbour.continuingcare.referral.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.continuingcare.access.web.Refusals;
import org.omnifaces.util.Messages;
import org.harbour.continuingcare.referral.application.ReferralForm;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.referral.application.ReferralView;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Backs continuing-care/refer.xhtml: refers a child from the person index. */
@Named
@ViewScoped
public class ReferPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    private Long person;
    private String childName;
    private final ReferralForm form = new ReferralForm();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            // Reading the child's referrals checks permission and need to know before the form is shown.
            referrals.ofChild(person);
            childName = referrals.childName(person);
            form.setReferredOn(LocalDate.now(Clock.systemUTC()));
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public String refer() {
        ReferralView created = Refusals.attemptGet("refer-form", Map.of("referredOn", "referred-on", "reason", "reason",
                "personId", "reason"), () -> referrals.refer(person, form));
        if (created == null) {
            return null;
        }
        Messages.addFlashGlobalInfo("Referral recorded. Record the health evidence as it arrives.");
        return "/continuing-care/referral?faces-redirect=true&id=" + created.getId();
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

    public ReferralForm getForm() {
        return form;
    }
}
