package org.harbour.send.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.assessment.application.RequestService;
import org.harbour.send.assessment.application.RequestView;

import java.util.List;

/** Backs send/index.xhtml: the officer's open requests with the 20-week clock. */
@Named
@RequestScoped
public class SendHome {

    @Inject
    private RequestService requests;

    @Inject
    private SendAccess access;

    /** The analyst (and manager) compares SEN2 with last year. */
    public boolean isMayCommission() {
        return access.has(SendPermissions.COMMISSION);
    }

    public boolean isMayReturn() {
        return access.has(SendPermissions.RETURN);
    }

    /** The team manager sees every officer's caseload. */
    public boolean isMayOversee() {
        return access.has(SendPermissions.OVERSEE);
    }

    private List<RequestView> caseload;

    public List<RequestView> getCaseload() {
        if (caseload == null) {
            caseload = requests.myCaseload();
        }
        return caseload;
    }

    public long getAtRiskOrLate() {
        return getCaseload().stream().filter(r -> !"ON_TRACK".equals(r.getWeek20())).count();
    }
}
