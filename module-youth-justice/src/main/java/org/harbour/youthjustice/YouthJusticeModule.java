package org.harbour.youthjustice;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.CaseRecordTab;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

import java.util.List;

/**
 * Descriptor of the Youth justice module and its contributions to the portal. Case managers
 * (practitioners) record and take cases to the Joint Decision-Making Panel; managers also decide;
 * analysts and managers see the measures. Analysts open the module for its measures and board pages
 * but hold no permission on a child's youth justice work.
 */
@PlatformModule(id = "youth-justice", name = "Youth justice", version = "0.1.0",
        description = "Prevention, out-of-court disposals, court orders, custody and resettlement for children aged 10 to 17.")
public class YouthJusticeModule {

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(YouthJusticeModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-shield", 20);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Roles.PRACTITIONER, Roles.MANAGER, Roles.ANALYST, Roles.ADMIN);
    }

    @Produces
    PermissionDefinition record() {
        return permission(YjPermissions.RECORD, "Record arrests, offences and panel referrals; allocate case managers",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition decide() {
        return permission(YjPermissions.DECIDE, "Record the Joint Decision-Making Panel's decisions", Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition court() {
        return permission(YjPermissions.COURT, "Record court outcomes, appeals and remands", Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition victims() {
        return permission(YjPermissions.VICTIMS, "See and record victims' details and their contact with the service",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition health() {
        return permission(YjPermissions.HEALTH, "See and record the child's mental health and substance misuse needs and interventions",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition measures() {
        return permission(YjPermissions.MEASURES, "See the youth justice measures: reoffending, Turnaround eligibility",
                Roles.MANAGER, Roles.ANALYST, Roles.ADMIN);
    }

    @Produces
    PermissionDefinition export() {
        return permission(YjPermissions.EXPORT, "Produce the youth justice extracts for the Youth Justice Board", Roles.ANALYST, Roles.MANAGER);
    }

    @Produces
    CaseRecordTab recordTab() {
        return new CaseRecordTab(MODULE.getId(), "Youth justice", "/WEB-INF/includes/youth-justice/record-tab.xhtml", 40);
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }

    /** Youth justice works with children aged 10 (the age of criminal responsibility) to 17. */
    @Produces
    SettingDefinition cohortAgeMin() {
        return SettingDefinition.wholeNumber(MODULE, "cohort-age-min", 10,
                "Youngest age counted in the youth justice population").between(10, 17);
    }

    @Produces
    SettingDefinition cohortAgeMax() {
        return SettingDefinition.wholeNumber(MODULE, "cohort-age-max", 17,
                "Oldest age counted in the youth justice population").between(10, 17);
    }

    @Produces
    SettingDefinition reoffendingTrackingMonths() {
        return SettingDefinition.wholeNumber(MODULE, "reoffending-tracking-months", 12,
                "Months each reoffending cohort is tracked").between(3, 24);
    }

    private static PermissionDefinition permission(String code, String description, String... roles) {
        return new PermissionDefinition(code, description, List.of(roles));
    }
}
