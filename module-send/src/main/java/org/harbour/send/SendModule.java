package org.harbour.send;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

/** Descriptor of the SEND module and its contributions to the portal. */
@PlatformModule(id = "send", name = "SEND", version = "0.1.0",
        description = "EHC needs assessments, Education, Health and Care plans, annual reviews and the SEN2 return.")
public class SendModule {

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(SendModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-book", 30);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Roles.PRACTITIONER, Roles.MANAGER, Roles.ADMIN);
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }

    /** The statutory 6 weeks is the most a council may take; it may aim for less. */
    @Produces
    SettingDefinition decisionToAssessWeeks() {
        return SettingDefinition.wholeNumber(MODULE, "decision-to-assess-weeks", 6,
                "Weeks from request to the decision whether to assess").between(1, 6);
    }

    /** The statutory 20 weeks, likewise a ceiling. */
    @Produces
    SettingDefinition finalPlanWeeks() {
        return SettingDefinition.wholeNumber(MODULE, "final-plan-weeks", 20,
                "Weeks from request to the final EHC plan").between(1, 20);
    }
}
