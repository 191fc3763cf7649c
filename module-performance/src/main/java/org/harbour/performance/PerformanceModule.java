package org.harbour.performance;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.module.ModuleDescriptor;
import org.harbour.core.module.NavigationEntry;
import org.harbour.core.module.PlatformModule;

/** Descriptor of the Performance module and its contributions to the portal. */
@PlatformModule(id = "performance", name = "Performance", version = "0.1.0",
        description = "The monthly scorecard, trends, comparators, demand forecasting, risks and scrutiny recommendations.")
public class PerformanceModule {

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(ModuleDescriptor.of(PerformanceModule.class), "pi pi-chart-line", 50);
    }
}
