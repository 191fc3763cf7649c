package org.harbour.continuingcare;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.module.CaseRecordTab;
import org.harbour.core.module.DashboardWidget;
import org.harbour.core.module.ModuleDescriptor;
import org.harbour.core.module.NavigationEntry;
import org.harbour.core.module.PermissionDefinition;
import org.harbour.core.module.PlatformModule;

import java.util.List;

/**
 * Descriptor of the Children's continuing care module and its contributions to the portal. The
 * permissions follow the pathway's roles: referrers and assessors are practitioners, panel
 * members and chairs are commissioners and managers, administrators set up panels.
 */
@PlatformModule(id = "continuing-care", name = "Children's continuing care", version = "0.1.0",
        description = "Referral, assessment, one panel decision, funding split and packages for children with complex health needs.")
public class ContinuingCareModule {

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(ContinuingCareModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-heart", 10);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Role.PRACTITIONER, Role.MANAGER, Role.COMMISSIONER, Role.ADMIN);
    }

    @Produces
    PermissionDefinition refer() {
        return permission(CarePermissions.REFER, "Refer a child for continuing care and keep the checklist", Role.PRACTITIONER, Role.MANAGER);
    }

    @Produces
    PermissionDefinition assess() {
        return permission(CarePermissions.ASSESS, "Carry out continuing care assessments (Decision Support Tool)", Role.PRACTITIONER);
    }

    @Produces
    PermissionDefinition healthData() {
        return permission(CarePermissions.HEALTH_DATA, "See continuing care health data: assessments, support register",
                Role.PRACTITIONER, Role.COMMISSIONER);
    }

    @Produces
    PermissionDefinition panelMember() {
        return permission(CarePermissions.PANEL_MEMBER, "Sit on continuing care panels: agendas and papers", Role.COMMISSIONER, Role.MANAGER);
    }

    @Produces
    PermissionDefinition panelChair() {
        return permission(CarePermissions.PANEL_CHAIR, "Chair continuing care panels: meetings, attendance, decisions", Role.COMMISSIONER);
    }

    @Produces
    PermissionDefinition commission() {
        return permission(CarePermissions.COMMISSION, "Commission packages and placements, agree funding splits", Role.COMMISSIONER);
    }

    @Produces
    PermissionDefinition review() {
        return permission(CarePermissions.REVIEW, "Record reviews of continuing care packages", Role.PRACTITIONER, Role.COMMISSIONER);
    }

    @Produces
    PermissionDefinition administer() {
        return permission(CarePermissions.ADMINISTER, "Set up continuing care panels, terms of reference and members",
                Role.ADMIN, Role.COMMISSIONER);
    }

    @Produces
    DashboardWidget timeliness() {
        return new DashboardWidget(MODULE.getId(), "Time to decision", "/WEB-INF/includes/continuing-care/timeliness.xhtml", 10, true);
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }

    @Produces
    CaseRecordTab recordTab() {
        return new CaseRecordTab(MODULE.getId(), "Continuing care", "/WEB-INF/includes/continuing-care/record-tab.xhtml", 50);
    }

    private static PermissionDefinition permission(String code, String description, String... roles) {
        return new PermissionDefinition(code, description, List.of(roles));
    }
}
