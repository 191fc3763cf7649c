package org.harbour.youthjustice;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.module.ModuleDescriptor;
import org.harbour.core.module.NavigationEntry;
import org.harbour.core.module.PlatformModule;

/** Descriptor of the Youth justice module and its contributions to the portal. */
@PlatformModule(id = "youth-justice", name = "Youth justice", version = "0.1.0",
        description = "Prevention, out-of-court disposals, court orders, custody and resettlement for children aged 10 to 17.")
public class YouthJusticeModule {

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(ModuleDescriptor.of(YouthJusticeModule.class), "pi pi-shield", 20);
    }
}
