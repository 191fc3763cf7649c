package org.harbour.portal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * As an administrator: page through the audit trail and verify the chain from the page. As a
 * manager: open a child's record, its chronology and who has viewed it.
 */
class AuditBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";

    AuditBrowserIT() {
        super("audit-portal");
    }

    @Test
    void anAdministratorPagesThroughTheTrailAndVerifiesTheChain() throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "audit/trail.xhtml");
        signIn(driver, "admin", PASSWORD);
        waitForHeading(driver);
        for (int id = 1; id <= 15; id++) {
            driver.get(portal.baseUrl() + "case/child.xhtml?id=" + id);
        }
        driver.get(portal.baseUrl() + "audit/trail.xhtml");
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo("Audit trail");
        List<String> first = entryIds();
        assertThat(first).hasSize(25);
        driver.findElement(By.cssSelector("#results-form\\:results .ui-paginator-next")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !entryIds().equals(first) && !entryIds().isEmpty());
        assertThat(Long.parseLong(entryIds().get(0))).isLessThan(Long.parseLong(first.get(first.size() - 1)));

        driver.findElement(By.id("verify-form:verify")).click();
        assertThat(waitFor(driver, By.id("verify-form:chain-intact")).getText()).matches("(?s)Intact, \\d+ entries.*");
        screenshot(driver, "audit-trail");
    }

    @Test
    void aManagerSeesTheChronologyAndWhoHasViewedAChild() throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "index.xhtml");
        signIn(driver, "tom.okafor", PASSWORD);
        waitForHeading(driver);
        driver.findElement(By.cssSelector("a[href*='case/child.xhtml?id=']")).click();
        waitFor(driver, By.id("child-summary"));
        assertThat(driver.findElement(By.id("chronology-count")).getText()).matches("\\d+ events?");

        driver.findElement(By.xpath("//a[normalize-space()='Who has viewed']")).click();
        waitFor(driver, By.xpath("//button[contains(@id,'show-viewers')]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".hb-viewer")));
        assertThat(driver.findElements(By.cssSelector(".hb-viewer")).stream().map(e -> e.getText()))
                .contains("tom.okafor");
        screenshot(driver, "child-who-viewed");
    }

    private List<String> entryIds() {
        return driver.findElements(By.cssSelector("#results-form\\:results tbody tr td:last-child")).stream()
                .map(e -> e.getText().trim()).toList();
    }
}
