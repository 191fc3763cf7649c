package org.harbour.portal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * The accessibility crawl (see {@link AccessibilityCrawl}) of the sign-in pages and the administration, social
 * care and youth justice roles, and the keyboard focus ring along the tab order. {@link AccessibilityServicesBrowserIT}
 * crawls the other services' roles.
 */
class AccessibilityBrowserIT extends AccessibilityCrawl {

    AccessibilityBrowserIT() {
        super("browser-accessibility", List.of("admin", "priya.shah", "tom.okafor", "dan.hughes"), true);
    }

    @Test
    void keyboardFocusIsAThreePixelRingOnEveryElementItReaches() {
        signedOut();
        driver.get(portal.baseUrl());
        List<String> weak = new ArrayList<>(focusRingsAlongTheTabOrder("login.xhtml", 5));
        signIn(driver, "priya.shah", PASSWORD);
        waitForHeading(driver);
        follow(driver, By.cssSelector("#caseload a.hb-child-link"));
        waitForHeading(driver);
        weak.addAll(focusRingsAlongTheTabOrder("the child's record", 40));
        assertThat(weak).as("elements whose keyboard focus is not a 3 px ring (page | element | outline)").isEmpty();
    }
}
