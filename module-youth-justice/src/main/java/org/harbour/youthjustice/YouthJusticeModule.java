package org.harbour.youthjustice;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;

/** Descriptor of the Youth justice module and its contributions to the portal. */
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
        return PermissionDefinition.access(MODULE, Roles.PRACTITIONER, Roles.MANAGER, Roles.ADMIN);
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }
}
