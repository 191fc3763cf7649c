package org.harbour.portal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * An administrator creates an account in the portal; the new member of staff signs in, is made
 * to choose their own password, and reaches the home page; once disabled, they cannot sign in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityBrowserIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String OWN_PASSWORD = "lighthouse keeper at dawn";

    private RunningPortal portal;
    private WebDriver admin;
    private WebDriver newcomer;

    @BeforeAll
    void start() throws Exception {
        Path dataDir = Path.of(System.getProperty("harbour.it.workDir", "target/it"), "identity-portal");
        // A fresh database each run: the account this test creates must not exist yet.
        portal = RunningPortal.startOnFreshDemoData(dataDir);
        admin = Browser.headlessChromium();
        newcomer = Browser.headlessChromium();
    }

    @AfterAll
    void stop() throws Exception {
        for (WebDriver driver : new WebDriver[]{admin, newcomer}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anAdministratorCreatesAnAccountThatMustChooseItsOwnPasswordAndCanBeDisabled() throws Exception {
        admin.get(portal.baseUrl());
        signIn(admin, "admin", PASSWORD);
        waitForHeading(admin);
        follow(admin, By.id("nav-admin-users"));
        waitForHeading(admin);
        assertThat(admin.findElement(By.id("page-heading")).getText()).isEqualTo("Users");
        assertThat(admin.findElement(By.cssSelector("#users tr[data-username='priya.shah']")).getText())
                .contains("Priya Shah").contains("Practitioner").contains("Family Safeguarding").contains("Active");

        follow(admin, By.id("add-user"));
        waitForHeading(admin);
        assertThat(admin.findElement(By.id("page-heading")).getText()).isEqualTo("Add a user");
        admin.findElement(By.id("user-form:username")).sendKeys("nina.fresh");
        admin.findElement(By.id("user-form:display-name")).sendKeys("Nina Fresh");
        admin.findElement(By.id("user-form:job-title")).sendKeys("Newly qualified social worker");
        admin.findElement(By.xpath("//fieldset[legend='Roles']//label[normalize-space()='Practitioner']")).click();
        admin.findElement(By.xpath("//fieldset[legend='Service areas']//label[normalize-space()='Family Safeguarding']"))
                .click();
        admin.findElement(By.id("user-form:save-user")).click();
        String generated = waitFor(admin, By.id("generated-password")).getText();
        assertThat(generated).hasSize(16);
        assertThat(admin.findElement(By.id("state-password")).getText()).contains("to be changed at next sign-in");
        screenshot(admin, "identity-user-created");

        newcomer.get(portal.baseUrl());
        signIn(newcomer, "nina.fresh", generated);
        waitForHeading(newcomer);
        assertThat(newcomer.findElement(By.id("page-heading")).getText()).isEqualTo("Change your password");
        assertThat(newcomer.findElement(By.id("change-required")).getText()).contains("set by an administrator");
        newcomer.get(portal.baseUrl() + "index.xhtml");
        waitForHeading(newcomer);
        assertThat(newcomer.findElement(By.id("page-heading")).getText())
                .as("nothing else until the password is changed").isEqualTo("Change your password");

        newcomer.findElement(By.id("password-form:current-password")).sendKeys(generated);
        newcomer.findElement(By.id("password-form:new-password")).sendKeys("too short");
        newcomer.findElement(By.id("password-form:confirm-password")).sendKeys("too short");
        newcomer.findElement(By.id("password-form:change-password")).click();
        assertThat(waitFor(newcomer, By.id("password-form:new-password-message")).getText())
                .contains("Use at least 12 characters");
        screenshot(newcomer, "identity-password-policy");

        newcomer.findElement(By.id("password-form:current-password")).sendKeys(generated);
        newcomer.findElement(By.id("password-form:new-password")).sendKeys(OWN_PASSWORD);
        newcomer.findElement(By.id("password-form:confirm-password")).sendKeys(OWN_PASSWORD);
        submit(newcomer, By.id("password-form:change-password"));
        waitForHeading(newcomer);
        assertThat(newcomer.findElement(By.id("page-heading")).getText()).isEqualTo("Welcome, Nina Fresh");
        assertThat(newcomer.findElement(By.id("current-service-areas")).getText()).isEqualTo("Family Safeguarding");
        assertThat(newcomer.findElement(By.id("main")).getText()).contains("Your password has been changed.");
        screenshot(newcomer, "identity-newcomer-home");

        // The account changed since the administrator's page was loaded (the new password), so open it afresh.
        follow(admin, By.id("all-users"));
        waitFor(admin, By.cssSelector("#users tr[data-username='nina.fresh'] a.hb-user-link")).click();
        waitFor(admin, By.id("state-form:toggle-active")).click();
        // Disabling asks first; the account stays active until the administrator says yes.
        new WebDriverWait(admin, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("state-form:confirm-yes"))).click();
        new WebDriverWait(admin, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("state-active"), "Disabled: cannot sign in"));
        screenshot(admin, "identity-user-disabled");

        newcomer.findElement(By.id("logout-form:logout")).click();
        waitFor(newcomer, By.id("signed-out"));
        signIn(newcomer, "nina.fresh", OWN_PASSWORD);
        new WebDriverWait(newcomer, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login-messages"), "Username or password not recognised"));
        assertThat(newcomer.getCurrentUrl()).contains("login.xhtml");
    }
}
