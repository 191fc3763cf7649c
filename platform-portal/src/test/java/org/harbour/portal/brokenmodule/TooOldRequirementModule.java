package org.harbour.portal.brokenmodule;

import org.harbour.core.spi.module.PlatformModule;

/** A module that needs a newer performance module than the portal has: the portal must refuse it, naming both versions. */
@PlatformModule(id = "needs-newer", name = "Needs newer", version = "0.0.1", requires = "performance >= 9.0.0")
public class TooOldRequirementModule {
}
