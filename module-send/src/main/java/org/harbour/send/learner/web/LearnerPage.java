package org.harbour.send.learner.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.learner.application.LearnerService;
import org.harbour.send.learner.application.LearnerView;
import org.harbour.send.learner.domain.UpnUnknownReason;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Backs send/learner.xhtml: a child's UPN (from the person index), ULN and the reason a UPN is unknown, for SEN2. */
@Named
@ViewScoped
public class LearnerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LearnerService learners;

    @Inject
    private SendAccess access;

    private Long person;
    private transient LearnerView learner;
    private long version;
    private String uln;
    private String upnUnknown;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        if (person == null) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
            return;
        }
        try {
            show(learners.find(person));
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public void save() {
        LearnerView after = PageActions.attempt(() -> learners.record(person, uln, upnUnknown, version));
        if (after != null) {
            show(after);
            Messages.addGlobalInfo("Learner numbers saved.");
        }
    }

    private void show(LearnerView view) {
        learner = view;
        version = view.version();
        uln = view.uln();
        upnUnknown = view.upnUnknown();
    }

    public LearnerView getLearner() {
        if (learner == null && person != null) {
            learner = learners.find(person);
        }
        return learner;
    }

    public boolean isMayRecord() {
        return access.has(SendPermissions.RECORD);
    }

    public List<UpnUnknownReason> getReasons() {
        return learners.reasons();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getUln() {
        return uln;
    }

    public void setUln(String uln) {
        this.uln = uln;
    }

    public String getUpnUnknown() {
        return upnUnknown;
    }

    public void setUpnUnknown(String upnUnknown) {
        this.upnUnknown = upnUnknown;
    }
}
