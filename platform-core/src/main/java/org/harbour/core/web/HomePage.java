package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Backs the home page: the signed-in worker's own caseload. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private CaseloadService caseloadService;

    @Inject
    private CurrentStaff currentStaff;

    private List<CaseloadItem> caseload;

    public List<CaseloadItem> getCaseload() {
        if (caseload == null) {
            caseload = caseloadService.caseloadOf(currentStaff.getUsername(), LocalDate.now(Clock.systemUTC()));
        }
        return caseload;
    }
}
