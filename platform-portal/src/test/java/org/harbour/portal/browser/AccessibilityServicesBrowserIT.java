package org.harbour.portal.browser;

import java.util.List;

/**
 * The accessibility crawl (see {@link AccessibilityCrawl}) as the SEND, continuing care, Pause and performance
 * roles; {@link AccessibilityBrowserIT} crawls the sign-in pages and the other roles.
 */
class AccessibilityServicesBrowserIT extends AccessibilityCrawl {

    AccessibilityServicesBrowserIT() {
        super("browser-accessibility-services", List.of("grace.lee", "helen.ward", "raj.patel", "maria.costa",
                "olivia.brown"), false);
    }
}
