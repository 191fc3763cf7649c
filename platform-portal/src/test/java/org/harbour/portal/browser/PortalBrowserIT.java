package org.harbour.portal.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/** A member of staff signs in and moves around the portal in a real browser. */
class PortalBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final Map<String, String> MODULE_HEADINGS = Map.of(
            "continuing-care", "Children's continuing care",
            "youth-justice", "Youth justice",
            "send", "SEND",
            "pause", "Pause",
            "performance", "Performance");

    PortalBrowserIT() {
        super("browser-portal");
    }

    @BeforeAll
    void reportStartTime() {
        System.out.printf("Run command to ready: %.1f s%n", portal.secondsToReady());
    }

    @BeforeEach
    void signOut() {
        signedOut();
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        driver.get(portal.baseUrl());
        signIn(driver, "priya.shah", "not-the-password");

        // The refused sign-in comes back as a new page: wait for its message rather than read the old page's.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login-messages"), "Username or password not recognised"));
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
        screenshot(driver, "login-refused");
    }

    @Test
    void emptyFieldsAreNamedNextToTheField() {
        driver.get(portal.baseUrl() + "login.xhtml");
        submit(driver, By.id("sign-in"));

        assertThat(driver.findElement(By.id("login-form")).getText())
                .contains("Enter your username").contains("Enter your password");
    }

    @Test
    void aPractitionerSeesTheirNameServiceAreaAndCaseload() throws Exception {
        driver.get(portal.baseUrl());
        signIn(driver, "priya.shah", PASSWORD);
        waitForHeading(driver);

        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo("Welcome, Priya Shah");
        assertThat(driver.findElement(By.id("current-user")).getText()).contains("Priya Shah").contains("Social worker");
        assertThat(driver.findElement(By.id("current-service-areas")).getText()).isEqualTo("Family Safeguarding");
        List<WebElement> rows = driver.findElements(By.cssSelector("#caseload tbody tr"));
        assertThat(rows).hasSize(12);
        assertThat(driver.findElement(By.id("caseload-count")).getText()).isEqualTo("12 open case(s).");
        assertThat(driver.findElements(By.cssSelector("#main-nav a[data-module]")))
                .as("Family Safeguarding switches on no module a practitioner's role includes").isEmpty();
        screenshot(driver, "home-practitioner");

        WebElement firstChild = driver.findElement(By.cssSelector("#caseload tbody tr a.hb-child-link"));
        String name = firstChild.getText();
        follow(driver, firstChild);
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.id("child-nhs")).getText()).matches("999 \\d{3} \\d{4}");
        assertThat(driver.findElement(By.id("child-summary")).getText()).contains("Date of birth");
        screenshot(driver, "child-record");
    }

    @Test
    void theNavigationReachesEveryModuleAndMarksWhereYouAre() throws Exception {
        driver.get(portal.baseUrl());
        signIn(driver, "admin", PASSWORD);
        waitForHeading(driver);

        List<String> modules = driver.findElements(By.cssSelector("#main-nav a[data-module]")).stream()
                .map(a -> a.getAttribute("data-module")).toList();
        assertThat(modules).containsExactly("continuing-care", "youth-justice", "send", "pause", "performance");

        for (String module : modules) {
            follow(driver, By.cssSelector("#main-nav a[data-module='" + module + "']"));
            waitForHeading(driver);
            assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo(MODULE_HEADINGS.get(module));
            assertThat(driver.getCurrentUrl()).endsWith("/" + module + "/index.xhtml");
            assertThat(driver.findElement(By.cssSelector("#main-nav a[data-module='" + module + "']"))
                    .getAttribute("aria-current")).isEqualTo("page");
            assertThat(driver.findElements(By.cssSelector("[data-widget='" + module + "'] #module-settings tbody tr")))
                    .isNotEmpty();
            screenshot(driver, "module-" + module);
        }
        follow(driver, By.id("nav-home"));
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo("Welcome, Alex Morgan");
    }

    @Test
    void keyboardUsersCanSkipStraightToTheMainContent() {
        driver.get(portal.baseUrl());
        signIn(driver, "grace.lee", PASSWORD);
        waitForHeading(driver);

        WebElement skip = driver.findElement(By.className("hb-skip-link"));
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(driver.findElement(By.id("main")).getTagName()).isEqualTo("main");
        assertThat(driver.findElement(By.id("main-nav")).getAttribute("aria-label")).isEqualTo("Main navigation");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
    }

    @Test
    void aPageAskedForBeforeSignInOpensAfterSignIn() {
        driver.get(portal.baseUrl() + "send/index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");

        signIn(driver, "grace.lee", PASSWORD);
        waitForHeading(driver);

        assertThat(driver.getCurrentUrl()).endsWith("/send/index.xhtml");
        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo("SEND");
    }

    @Test
    void anUnknownPageShowsAPlainErrorWithoutInternals() throws Exception {
        driver.get(portal.baseUrl());
        signIn(driver, "priya.shah", PASSWORD);
        waitForHeading(driver);

        driver.get(portal.baseUrl() + "no-such-page.xhtml");

        assertThat(driver.findElement(By.id("error-heading")).getText()).isEqualTo("Page not found");
        assertThat(driver.findElement(By.id("error-reference")).getText()).matches("[0-9A-F]{8}");
        assertThat(driver.getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
        screenshot(driver, "error-not-found");
    }

    @Test
    void signingOutEndsTheSession() {
        driver.get(portal.baseUrl());
        signIn(driver, "olivia.brown", PASSWORD);
        waitForHeading(driver);

        // The sign-in page comes after a redirect: look for its notice only once the browser has left this page.
        submit(driver, By.id("logout-form:logout"));

        assertThat(waitFor(driver, By.id("signed-out")).getText()).contains("You have signed out");
        driver.get(portal.baseUrl() + "index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
    }
}
