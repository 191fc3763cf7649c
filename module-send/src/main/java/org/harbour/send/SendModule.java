package org.harbour.send;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.module.ModuleDescriptor;
import org.harbour.core.module.NavigationEntry;
import org.harbour.core.module.PlatformModule;

/** Descriptor of the SEND module and its contributions to the portal. */
@PlatformModule(id = "send", name = "SEND", version = "0.1.0",
        description = "EHC needs assessments, Education, Health and Care plans, annual reviews and the SEN2 return.")
public class SendModule {

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(ModuleDescriptor.of(SendModule.class), "pi pi-book", 30);
    }
}
