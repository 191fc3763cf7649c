package org.harbour.continuingcare;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.module.DashboardWidget;
import org.harbour.core.module.ModuleDescriptor;
import org.harbour.core.module.NavigationEntry;
import org.harbour.core.module.PermissionDefinition;
import org.harbour.core.module.PlatformModule;

/** Descriptor of the Children's continuing care module and its contributions to the portal. */
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
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }
}
