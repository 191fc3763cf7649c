package org.harbour.pause;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

import java.util.List;

/**
 * Descriptor of the Pause module and its contributions to the portal. It contributes no tab and
 * no chronology to children's records: a woman's participation is never shown beside her children.
 */
@PlatformModule(id = "pause", name = "Pause", version = "0.2.0",
        description = "Intensive 18-month support for women who have had two or more children removed from their care.")
public class PauseModule {

    public static final String ID = "pause";
    public static final String TEAM_AREA = "team-service-area";

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(PauseModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-users", 40);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Roles.PRACTITIONER, Roles.MANAGER, Roles.ADMIN);
    }

    @Produces
    PermissionDefinition cohort() {
        return permission(PausePermissions.COHORT, "See the cohort of women computed from social-care records, and its funnel",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition forum() {
        return permission(PausePermissions.FORUM, "Refer women to the Pause forum and record its decisions, offers and consent",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition allocate() {
        return permission(PausePermissions.ALLOCATE, "Allocate women to Pause practitioners, within the caseload cap",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition record() {
        return permission(PausePermissions.RECORD, "Keep a woman's Pause record: plan, contacts, fund, contraception, outcomes",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition healthData() {
        return permission(PausePermissions.HEALTH_DATA, "See and record Pause health data: the contraception method",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition costs() {
        return permission(PausePermissions.COSTS, "Use the cost-avoidance calculator and save scenarios", Roles.MANAGER, Roles.PRACTITIONER);
    }

    @Produces
    PermissionDefinition export() {
        return permission(PausePermissions.EXPORT, "Export the cohort (without health data unless that is held too)", Roles.MANAGER);
    }

    @Produces
    PermissionDefinition oversee() {
        return permission(PausePermissions.OVERSEE, "Lead the Pause team: see break-glass accesses and every caseload", Roles.MANAGER);
    }

    @Produces
    PermissionDefinition breakGlass() {
        return permission(PausePermissions.BREAK_GLASS,
                "Open one woman's Pause record in an emergency, with a reason, for four hours (audited, shown to the team leader)",
                Roles.ADMIN);
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }

    @Produces
    SettingDefinition caseloadCap() {
        return SettingDefinition.wholeNumber(MODULE, "caseload-cap", 8,
                "Most women a Pause practitioner works with at once").between(6, 10);
    }

    @Produces
    SettingDefinition programmeMonths() {
        return SettingDefinition.wholeNumber(MODULE, "programme-months", 18,
                "Length of the Pause programme in months").between(12, 24);
    }

    /** Whose staff are the Pause team: they alone reach the women in the cohort. */
    @Produces
    SettingDefinition teamServiceArea() {
        return SettingDefinition.serviceAreaCode(MODULE, TEAM_AREA, "PAUSE",
                "Code of the service area whose staff are the Pause team");
    }

    private static PermissionDefinition permission(String code, String description, String... roles) {
        return new PermissionDefinition(code, description, List.of(roles));
    }
}
