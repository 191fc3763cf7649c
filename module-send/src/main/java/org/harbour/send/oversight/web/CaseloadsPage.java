package org.harbour.send.oversight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.oversight.application.CaseloadOversight;
import org.harbour.send.oversight.domain.OfficerCaseload;

import java.util.List;

/** Backs send/caseloads.xhtml: every officer's caseload, and the chosen officer's open requests. */
@Named
@RequestScoped
public class CaseloadsPage {

    @Inject
    private CaseloadOversight oversight;

    private String officer;
    private List<OfficerCaseload> officers;
    private List<CaseloadOversight.OpenRequest> open;

    public List<OfficerCaseload> getOfficers() {
        if (officers == null) {
            officers = oversight.byOfficer();
        }
        return officers;
    }

    public List<CaseloadOversight.OpenRequest> getOpen() {
        if (open == null && officer != null && !officer.isBlank()) {
            open = oversight.ofOfficer(officer);
        }
        return open;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }
}
