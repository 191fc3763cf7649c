package org.harbour.performance;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.module.DashboardWidget;
import org.harbour.core.module.ModuleDescriptor;
import org.harbour.core.module.NavigationEntry;
import org.harbour.core.module.PermissionDefinition;
import org.harbour.core.module.PlatformModule;

import java.util.List;

/** Descriptor of the Performance module and its contributions to the portal. */
@PlatformModule(id = "performance", name = "Performance", version = "0.1.0",
        description = "The monthly scorecard, trends, comparators, demand forecasting, risks and scrutiny recommendations.")
public class PerformanceModule {

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(PerformanceModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-chart-line", 50);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Role.ANALYST, Role.MANAGER, Role.ADMIN);
    }

    @Produces
    PermissionDefinition drillDown() {
        return new PermissionDefinition("performance:drill-down",
                "List the children behind a scorecard figure (only those the user may reach)",
                List.of(Role.ANALYST, Role.MANAGER, Role.ADMIN));
    }

    @Produces
    PermissionDefinition recalculate() {
        return new PermissionDefinition("performance:recalculate",
                "Recalculate a frozen scorecard month, with a recorded reason", List.of(Role.ANALYST, Role.ADMIN));
    }

    @Produces
    PermissionDefinition manage() {
        return new PermissionDefinition("performance:manage",
                "Edit populations, comparators, entered figures, forecast assumptions, risks and recommendations",
                List.of(Role.ANALYST, Role.MANAGER, Role.ADMIN));
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }
}
