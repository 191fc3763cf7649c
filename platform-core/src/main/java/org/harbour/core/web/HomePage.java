package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.access.application.ModuleSwitchboard;
import org.harbour.core.access.domain.ModuleEnablement;
import org.harbour.core.access.web.CorePageGuards;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.schema.MigrationReport;
import org.harbour.core.schema.SchemaMigrator;
import org.harbour.core.spi.access.CorePermissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs the home page: the signed-in worker's own caseload, for staff whose role works with
 * children's records; for the others (administrators, analysts) the pages their role opens instead
 * of an empty caseload, and for administrators the state of the modules.
 */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private CaseloadService caseloadService;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private CurrentAccess access;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private SchemaMigrator migrator;

    @Inject
    private ModuleSwitchboard switchboard;

    private List<CaseloadItem> caseload;

    public List<CaseloadItem> getCaseload() {
        if (caseload == null) {
            caseload = caseloadService.caseloadOf(currentStaff.getUsername(), LocalDate.now(Clock.systemUTC()));
        }
        return caseload;
    }

    /** Whether the user's role works with children's records, and so may hold a caseload. */
    public boolean isCaseworker() {
        return access.has(CorePermissions.RECORDS);
    }

    /** The modules' state in one sentence, for administrators only. */
    public String getModuleStatus() {
        if (!access.has(CorePageGuards.ADMINISTER)) {
            return null;
        }
        int deployed = registry.modules().size();
        if (deployed == 0) {
            return "This portal was built without domain modules.";
        }
        List<MigrationReport> reports = migrator.reports();
        long unhealthy = registry.modules().stream().filter(m -> reports.stream()
                .noneMatch(r -> r.getModuleId().equals(m.getId()) && r.getPending() == 0)).count();
        long switchedOn = switchboard.all().stream().filter(ModuleEnablement::isEnabled)
                .map(ModuleEnablement::getModuleId).distinct().count();
        return deployed + " module(s) deployed, " + (unhealthy == 0 ? "all healthy" : unhealthy + " not healthy")
                + "; " + switchedOn + " switched on for at least one service area.";
    }
}
