package org.harbour.portal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * An administrator switches a module off for a service area; a member of that area, already
 * signed in, loses it at once (menu and URL), and gets it back when it is switched on again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleSwitchBrowserIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String SWITCH = "button[data-module='youth-justice'][data-area='YOUTH_JUSTICE']";

    private RunningPortal portal;
    private WebDriver admin;
    private WebDriver caseManager;

    @BeforeAll
    void start() throws Exception {
        Path dataDir = Path.of(System.getProperty("harbour.it.workDir", "target/it"), "switch-portal");
        // A fresh database each run: a run stopped between switching youth justice off and on again
        // would leave it off for the next one.
        portal = RunningPortal.startOnFreshDemoData(dataDir);
        admin = Browser.headlessChromium();
        caseManager = Browser.headlessChromium();
    }

    @AfterAll
    void stop() throws Exception {
        for (WebDriver driver : new WebDriver[]{admin, caseManager}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void switchingAModuleOffForAnAreaHidesAndRefusesItAtOnceAndSwitchingOnBringsItBack() throws Exception {
        caseManager.get(portal.baseUrl() + "login.xhtml");
        caseManager.manage().deleteAllCookies();
        caseManager.get(portal.baseUrl());
        signIn(caseManager, "dan.hughes", PASSWORD);
        waitForHeading(caseManager);
        assertThat(moduleLinks(caseManager)).contains("youth-justice");
        caseManager.get(portal.baseUrl() + "youth-justice/index.xhtml");
        waitForHeading(caseManager);

        admin.get(portal.baseUrl() + "admin/modules.xhtml");
        signIn(admin, "admin", PASSWORD);
        waitForHeading(admin);
        assertThat(admin.findElement(By.id("page-heading")).getText()).isEqualTo("Modules");
        assertThat(admin.findElement(By.cssSelector(SWITCH)).getText()).isEqualTo("Switch off");
        // The whole matrix fits a screen: one row per module.
        Number pageHeight = (Number) ((JavascriptExecutor) admin).executeScript("return document.documentElement.scrollHeight;");
        assertThat(pageHeight.intValue()).as("height of the modules page").isLessThan(2000);

        // Cancelling the confirmation changes nothing.
        admin.findElement(By.cssSelector(SWITCH)).click();
        new WebDriverWait(admin, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("modules-form:confirm-no")));
        assertThat(admin.findElement(By.cssSelector(".ui-confirm-dialog")).getText()).contains("Switch off Youth justice?");
        assertThat(Axe.violations(admin)).as("WCAG 2.2 A/AA violations with the confirmation open").isEmpty();
        admin.findElement(By.id("modules-form:confirm-no")).click();
        assertThat(admin.findElement(By.cssSelector(SWITCH)).getText()).isEqualTo("Switch off");

        ((JavascriptExecutor) admin).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                admin.findElement(By.cssSelector(SWITCH)));
        Number scrolled = (Number) ((JavascriptExecutor) admin).executeScript("return window.scrollY;");
        confirmSwitch("Youth justice switched off for Youth Justice Service.");
        assertThat(admin.findElement(By.cssSelector(SWITCH)).getText()).isEqualTo("Switch on");
        assertThat(((Number) ((JavascriptExecutor) admin).executeScript("return window.scrollY;")).intValue())
                .as("the page keeps its place").isEqualTo(scrolled.intValue());
        assertThat(admin.switchTo().activeElement().getAttribute("data-module")).as("focus stays on the switch")
                .isEqualTo("youth-justice");
        screenshot(admin, "admin-modules");

        caseManager.get(portal.baseUrl() + "index.xhtml");
        waitForHeading(caseManager);
        assertThat(moduleLinks(caseManager)).doesNotContain("youth-justice");
        caseManager.get(portal.baseUrl() + "youth-justice/index.xhtml");
        assertThat(Browser.waitFor(caseManager, By.id("error-heading")).getText()).isEqualTo("You do not have access to this page");
        screenshot(caseManager, "module-refused");

        confirmSwitch("Youth justice switched on for Youth Justice Service.");
        assertThat(admin.findElement(By.cssSelector(SWITCH)).getText()).isEqualTo("Switch off");

        caseManager.get(portal.baseUrl() + "youth-justice/index.xhtml");
        waitForHeading(caseManager);
        assertThat(caseManager.findElement(By.id("page-heading")).getText()).isEqualTo("Youth justice");
        assertThat(moduleLinks(caseManager)).contains("youth-justice");
    }

    @Test
    void onlyAdministratorsReachTheModulesPage() {
        WebDriver driver = caseManager;
        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "admin/modules.xhtml");
        signIn(driver, "olivia.brown", PASSWORD);

        assertThat(Browser.waitFor(driver, By.id("error-heading")).getText()).isEqualTo("You do not have access to this page");
        assertThat(driver.findElements(By.id("nav-admin-modules"))).isEmpty();
    }

    /** Presses the switch, answers yes to the confirmation, and waits for the status line to say what happened. */
    private void confirmSwitch(String expected) {
        admin.findElement(By.cssSelector(SWITCH)).click();
        WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("modules-form:confirm-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("modules-form:switch-status"), expected));
        wait.until(d -> "youth-justice".equals(d.switchTo().activeElement().getAttribute("data-module")));
    }

    private static java.util.List<String> moduleLinks(WebDriver driver) {
        return driver.findElements(By.cssSelector("#main-nav a[data-module]")).stream()
                .map(a -> a.getAttribute("data-module")).toList();
    }
}
