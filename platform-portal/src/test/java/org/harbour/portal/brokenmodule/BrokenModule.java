package org.harbour.portal.brokenmodule;

import org.harbour.core.spi.module.PlatformModule;

/** A module whose dependency is not deployed: the portal must refuse to deploy and say why. */
@PlatformModule(id = "broken", name = "Broken", version = "0.0.1", requires = "nonexistent")
public class BrokenModule {
}
