package org.harbour.continuingcare;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.module.ModuleDescriptor;
import org.harbour.core.module.NavigationEntry;
import org.harbour.core.module.PlatformModule;

/** Descriptor of the Children's continuing care module and its contributions to the portal. */
@PlatformModule(id = "continuing-care", name = "Children's continuing care", version = "0.1.0",
        description = "Referral, assessment, one panel decision, funding split and packages for children with complex health needs.")
public class ContinuingCareModule {

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(ModuleDescriptor.of(ContinuingCareModule.class), "pi pi-heart", 10);
    }
}
