package org.harbour.continuingcare;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.CaseRecordTab;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

import java.math.BigDecimal;
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
        return PermissionDefinition.access(MODULE, Roles.PRACTITIONER, Roles.MANAGER, Roles.COMMISSIONER, Roles.ADMIN);
    }

    @Produces
    PermissionDefinition refer() {
        return permission(CarePermissions.REFER, "Refer a child for continuing care and keep the checklist", Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition assess() {
        return permission(CarePermissions.ASSESS, "Carry out continuing care assessments (Decision Support Tool)", Roles.PRACTITIONER);
    }

    @Produces
    PermissionDefinition healthData() {
        return permission(CarePermissions.HEALTH_DATA, "See continuing care health data: assessments, support register",
                Roles.PRACTITIONER, Roles.COMMISSIONER);
    }

    @Produces
    PermissionDefinition panelMember() {
        return permission(CarePermissions.PANEL_MEMBER, "Sit on continuing care panels: agendas and papers", Roles.COMMISSIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition panelChair() {
        return permission(CarePermissions.PANEL_CHAIR, "Chair continuing care panels: meetings, attendance, decisions", Roles.COMMISSIONER);
    }

    @Produces
    PermissionDefinition commission() {
        return permission(CarePermissions.COMMISSION, "Commission packages and placements, agree funding splits", Roles.COMMISSIONER);
    }

    @Produces
    PermissionDefinition review() {
        return permission(CarePermissions.REVIEW, "Record reviews of continuing care packages", Roles.PRACTITIONER, Roles.COMMISSIONER);
    }

    @Produces
    PermissionDefinition administer() {
        return permission(CarePermissions.ADMINISTER, "Set up continuing care panels, terms of reference and members",
                Roles.ADMIN, Roles.COMMISSIONER);
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
    SettingDefinition clinicalReviewThreshold() {
        return SettingDefinition.decimal(MODULE, "clinical-review-threshold-gbp", BigDecimal.valueOf(150_000),
                "Annual package cost above which a clinical review is required (GBP)")
                .between(BigDecimal.ZERO, BigDecimal.valueOf(10_000_000));
    }

    @Produces
    SettingDefinition decisionExpectationWeeks() {
        return SettingDefinition.wholeNumber(MODULE, "decision-expectation-weeks", 6,
                "Weeks from referral within which a funding decision is expected").between(1, 26);
    }

    @Produces
    SettingDefinition firstReviewMonths() {
        return SettingDefinition.wholeNumber(MODULE, "first-review-months", 3,
                "Months after a package starts before its first review").between(1, 12);
    }

    @Produces
    SettingDefinition supportRegisterReviewWeeks() {
        return SettingDefinition.wholeNumber(MODULE, "dsr-review-weeks", 12,
                "Weeks after a multi-agency review of a child on the Dynamic Support Register before the next is due")
                .between(1, 52);
    }

    /** A referral from another area makes the child reachable by this team while continuing care works with them. */
    @Produces
    SettingDefinition teamServiceArea() {
        return SettingDefinition.serviceAreaCode(MODULE, "team-service-area", "CONTINUING_CARE",
                "Code of the service area whose staff receive continuing care referrals and keep the support register");
    }

    @Produces
    CaseRecordTab recordTab() {
        return new CaseRecordTab(MODULE.getId(), "Continuing care", "/WEB-INF/includes/continuing-care/record-tab.xhtml", 50);
    }

    private static PermissionDefinition permission(String code, String description, String... roles) {
        return new PermissionDefinition(code, description, List.of(roles));
    }
}
