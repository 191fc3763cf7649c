package org.harbour.pause.programme.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.BreakGlassService;
import org.harbour.pause.access.application.BreakGlassView;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.programme.application.DueItem;
import org.harbour.pause.programme.application.ParticipationView;
import org.harbour.pause.programme.application.PractitionerLoad;
import org.harbour.pause.programme.application.ProgrammeService;

import java.util.List;

/** Backs pause/index.xhtml: the practitioner's caseload and what is due; for the team leader, caseloads and break-glass. */
@Named
@RequestScoped
public class PauseHome {

    @Inject
    private ProgrammeService programme;

    @Inject
    private BreakGlassService breakGlass;

    @Inject
    private PauseAccess access;

    private List<ParticipationView> caseload = List.of();
    private List<DueItem> due = List.of();
    private List<PractitionerLoad> practitioners = List.of();
    private List<BreakGlassView> breakGlassAccesses = List.of();

    @PostConstruct
    void load() {
        if (access.has(PausePermissions.RECORD)) {
            caseload = programme.myCaseload();
            due = programme.myDueItems();
        }
        if (access.has(PausePermissions.ALLOCATE)) {
            practitioners = programme.practitioners();
        }
        if (access.has(PausePermissions.OVERSEE)) {
            breakGlassAccesses = breakGlass.recent();
        }
    }

    public boolean isTeamLeader() { return access.has(PausePermissions.OVERSEE); }
    public boolean isMayRecord() { return access.has(PausePermissions.RECORD); }
    public boolean isMaySeeCohort() { return access.has(PausePermissions.COHORT); }
    public boolean isMayUseCosts() { return access.has(PausePermissions.COSTS); }
    public boolean isMayExport() { return access.has(PausePermissions.EXPORT); }
    public List<ParticipationView> getCaseload() { return caseload; }
    public List<DueItem> getDue() { return due; }
    public List<PractitionerLoad> getPractitioners() { return practitioners; }
    public List<BreakGlassView> getBreakGlassAccesses() { return breakGlassAccesses; }
    public int getCap() { return programme.cap(); }
}
