package org.harbour.pause;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

/** Descriptor of the Pause module and its contributions to the portal. */
@PlatformModule(id = "pause", name = "Pause", version = "0.1.0",
        description = "Intensive 18-month support for women who have had two or more children removed from their care.")
public class PauseModule {

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
}
