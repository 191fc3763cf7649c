package org.harbour.portal.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * The portal's pages work under their Content-Security-Policy (a nonce for scripts, no
 * 'unsafe-inline' or 'unsafe-eval' for them) in a real browser: the browser reports no violation on
 * the main pages, their tabs and their Ajax actions, and it does block a script the page did not send.
 * The session cookies of the portal as the run command starts it are SameSite=Lax.
 */
class ContentSecurityPolicyBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";
    /** Runs in every page before the page's own scripts: collects what the policy blocked. */
    private static final String RECORD_VIOLATIONS = "window.harbourCsp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.harbourCsp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')"
            + "    + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));"
            + "});";

    private final List<String> violations = new ArrayList<>();
    private final List<String> pagesChecked = new ArrayList<>();

    ContentSecurityPolicyBrowserIT() {
        super("csp-portal");
    }

    @BeforeAll
    void recordViolations() {
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    @BeforeEach
    void signedOutWithNothingRecorded() {
        signedOut();
        violations.clear();
        pagesChecked.clear();
    }

    @Test
    void theSignInPageAndCaseWorkRaiseNoViolation() {
        driver.get(portal.baseUrl() + "login.xhtml");
        waitFor(driver, By.id("username"));
        check("sign-in");
        // A refused sign-in renders the page again, from a post back carrying the page's nonce.
        signIn(driver, "tom.okafor", "not-the-password");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login-messages"), "Username or password not recognised"));
        check("sign-in refused");
        signIn(driver, "tom.okafor", PASSWORD);
        waitForHeading(driver);
        check("home");
        // One instance, as the run command starts it, keeps sessions in memory: the session cookie, Lax, and no
        // replicated session's version cookie (ClusterFailoverIT checks that one where sessions are replicated).
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("JSESSIONID").isNotNull();
        assertThat(session.getSameSite()).as("JSESSIONID SameSite").isEqualTo("Lax");
        assertThat(session.isHttpOnly()).as("JSESSIONID HttpOnly").isTrue();
        assertThat(driver.manage().getCookieNamed("JSESSIONIDVERSION")).as("JSESSIONIDVERSION").isNull();

        open("people/search.xhtml");
        driver.findElement(By.id("search-form:familyName")).sendKeys("a");
        submit(driver, By.id("search-form:search"));
        waitFor(driver, By.id("results-heading"));
        check("people search results");

        open("work/my-work.xhtml");
        check("my work");

        open("index.xhtml");
        driver.findElement(By.cssSelector("a[href*='case/child.xhtml?id=']")).click();
        waitFor(driver, By.id("child-summary"));
        check("child record");
        // Every tab, then the Ajax actions of the chronology and of who has viewed the record.
        List<String> tabs = driver.findElements(By.cssSelector("#record-tabs .ui-tabs-nav li a")).stream()
                .map(a -> a.getText().trim()).toList();
        assertThat(tabs).contains("Chronology", "Who has viewed").hasSizeGreaterThan(4);
        for (String tab : tabs) {
            driver.findElement(By.xpath("//*[@id='record-tabs']//ul//a[normalize-space()=\"" + tab + "\"]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.xpath(
                    "//*[@id='record-tabs']//ul//li[contains(@class,'ui-state-active')]//a")).getText().trim().equals(tab));
            check("child record, tab " + tab);
        }
        waitFor(driver, By.xpath("//button[contains(@id,'show-viewers')]")).click();
        waitFor(driver, By.cssSelector(".hb-viewer"));
        check("child record, who has viewed");

        assertNoViolation();
    }

    @Test
    void administrationAndTheAuditTrailRaiseNoViolation() {
        driver.get(portal.baseUrl() + "admin/users.xhtml");
        signIn(driver, "admin", PASSWORD);
        waitForHeading(driver);
        check("admin users");
        open("admin/roles.xhtml");
        check("admin roles");
        open("admin/modules.xhtml");
        check("admin modules");
        open("audit/trail.xhtml");
        check("audit trail");
        // Ajax, a poll and a progress bar whose width is a style attribute.
        driver.findElement(By.id("verify-form:verify")).click();
        waitFor(driver, By.id("verify-form:chain-intact"));
        check("audit trail, chain verified");

        assertNoViolation();
    }

    @Test
    void continuingCareAndTheScorecardRaiseNoViolation() {
        driver.get(portal.baseUrl() + "continuing-care/index.xhtml");
        signIn(driver, "helen.ward", PASSWORD);
        waitForHeading(driver);
        check("continuing care");
        follow(driver, By.cssSelector("a[href*='continuing-care/referral.xhtml?id=']"));
        waitForHeading(driver);
        check("continuing care referral");
        open("continuing-care/dsr.xhtml");
        check("dynamic support register");

        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "continuing-care/panels.xhtml");
        signIn(driver, "raj.patel", PASSWORD);
        waitForHeading(driver);
        check("continuing care panels");

        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "performance/scorecard.xhtml");
        signIn(driver, "olivia.brown", PASSWORD);
        waitForHeading(driver);
        check("scorecard");
        driver.findElement(By.cssSelector("a[href*='performance/indicator.xhtml?id=']")).click();
        waitFor(driver, By.cssSelector("canvas"));
        check("indicator trend chart");
        open("performance/forecast.xhtml");
        waitFor(driver, By.cssSelector("canvas"));
        check("demand forecast chart");

        assertNoViolation();
    }

    @Test
    void theBrowserBlocksAScriptThePageDidNotSend() {
        driver.get(portal.baseUrl() + "login.xhtml");
        waitFor(driver, By.id("username"));
        String nonce = (String) js("return window.PrimeFaces ? PrimeFaces.csp.NONCE_VALUE : null;");
        assertThat(nonce).as("PrimeFaces runs in CSP mode with the page's nonce").isNotBlank();

        // As an injected script would arrive: without the nonce.
        js("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + "document.body.appendChild(s);");
        assertThat(js("return window.injected === true;")).isEqualTo(false);
        assertThat(recorded()).anyMatch(v -> v.startsWith("script-src"));
        // An inline handler too: PrimeFaces moves the portal's own into a script with the nonce.
        js("var b = document.createElement('button'); b.id = 'injected-button';"
                + "b.setAttribute('onclick', 'window.clicked = true;'); document.body.appendChild(b);");
        driver.findElement(By.id("injected-button")).click();
        assertThat(js("return window.clicked === true;")).isEqualTo(false);
    }

    private void open(String path) {
        driver.get(portal.baseUrl() + path);
        waitForHeading(driver);
    }

    private void check(String page) {
        pagesChecked.add(page);
        recorded().forEach(v -> violations.add(page + ": " + v));
    }

    @SuppressWarnings("unchecked")
    private List<String> recorded() {
        Object list = js("return window.harbourCsp || [];");
        return list instanceof List<?> l ? (List<String>) l : List.of();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void assertNoViolation() {
        System.out.printf("Pages checked under the Content-Security-Policy: %d (%s)%n", pagesChecked.size(), pagesChecked);
        assertThat(violations).as("CSP violations on " + pagesChecked).isEmpty();
    }
}
