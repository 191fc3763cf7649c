package org.harbour.youthjustice.victim.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.access.web.PageAction;
import org.harbour.youthjustice.record.application.OffenceView;
import org.harbour.youthjustice.record.application.RecordService;
import org.harbour.youthjustice.victim.application.VictimForm;
import org.harbour.youthjustice.victim.application.VictimService;
import org.harbour.youthjustice.victim.application.VictimView;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs youth-justice/victims.xhtml: the victims of the child's offences and the form to record
 * one. The service refuses anyone without the victims permission, so the page shows nothing to them.
 */
@Named
@ViewScoped
public class VictimsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VictimService victims;

    @Inject
    private RecordService records;

    @Inject
    private YjAccess access;

    private Long person;
    private VictimForm form = new VictimForm();
    private transient List<VictimView> list;
    private transient List<OffenceView> offences;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            list = victims.ofChild(person);
            form.setConsentAskedOn(access.today());
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public List<VictimView> getVictims() {
        if (list == null && person != null) {
            list = victims.ofChild(person);
        }
        return list;
    }

    public String getChildName() {
        return person == null ? "" : access.childName(person);
    }

    /** Read once per view, so the read is audited once rather than at each mention on the page. */
    public List<OffenceView> getOffences() {
        if (offences == null && person != null) {
            offences = records.offences(person);
        }
        return offences;
    }

    public void add() {
        VictimView done = PageAction.on("victim-form", Map.of("offenceId", "victim-offence", "name", "victim-name",
                "contactDetails", "victim-contact", "consentToContact", "victim-consent", "consentAskedOn", "consent-asked-on"))
                .call(() -> victims.add(person, form));
        if (done != null) {
            form = new VictimForm();
            form.setConsentAskedOn(access.today());
            list = null;
            Messages.addGlobalInfo("Victim recorded.");
        }
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public VictimForm getForm() {
        return form;
    }
}
