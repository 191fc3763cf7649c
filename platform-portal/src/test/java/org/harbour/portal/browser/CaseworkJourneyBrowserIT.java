package org.harbour.portal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * A social worker's day at the front door, as she would do it in the browser: search the person
 * index, meet a likely duplicate, record a new child, open a referral and an assessment, record a
 * visit, then find it all in the chronology and in "My work". Then an administrator adds a
 * colleague and reads in the audit trail what the social worker did. One story, so the steps
 * run in order on one portal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkJourneyBrowserIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String GIVEN = "Mohammed";
    private static final String FAMILY = "Okonjo-Bright";
    private static final String BORN = "2017-06-14";

    private RunningPortal portal;
    private WebDriver priya;
    private WebDriver admin;
    private String childPage;

    @BeforeAll
    void start() throws Exception {
        Path dataDir = Path.of(System.getProperty("harbour.it.workDir", "target/it"), "casework-journey");
        // A fresh database each run: the child this story records must not exist yet.
        portal = RunningPortal.startOnFreshDemoData(dataDir);
        priya = Browser.headlessChromium();
        admin = Browser.headlessChromium();
    }

    @AfterAll
    void stop() throws Exception {
        for (WebDriver driver : new WebDriver[]{priya, admin}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void aSocialWorkerSearchesRecordsAChildAndIsWarnedOfALikelyDuplicate() throws Exception {
        priya.get(portal.baseUrl());
        signIn(priya, "priya.shah", PASSWORD);
        waitForHeading(priya);
        follow(priya, By.id("nav-people"));
        waitForHeading(priya);
        priya.findElement(By.id("search-form:familyName")).sendKeys(FAMILY);
        submit(priya, By.id("search-form:search"));
        assertThat(waitFor(priya, By.id("no-results")).getText()).contains("record them");

        follow(priya, By.id("search-form:new-person"));
        waitForHeading(priya);
        recordPerson(GIVEN, FAMILY, BORN);
        waitForHeading(priya);
        assertThat(priya.findElement(By.id("page-heading")).getText()).contains(GIVEN + " " + FAMILY);
        screenshot(priya, "journey-child-recorded");

        // The same child again, spelt as a colleague heard it on the phone: the index says so first.
        follow(priya, By.id("nav-people"));
        waitForHeading(priya);
        follow(priya, By.id("search-form:new-person"));
        waitForHeading(priya);
        recordPerson("Muhamad", FAMILY, BORN);
        WebElement duplicates = waitFor(priya, By.id("person-form:duplicates"));
        assertThat(duplicates.getText()).contains(GIVEN + " " + FAMILY).contains("Likely");
        screenshot(priya, "journey-likely-duplicate");
        assertThat(Axe.violations(priya)).as("WCAG 2.2 A/AA violations with the duplicate warning shown").isEmpty();

        // She recognises the child and opens the existing record instead of recording a second one.
        follow(priya, duplicates.findElement(By.linkText(GIVEN + " " + FAMILY)));
        waitForHeading(priya);
        assertThat(priya.findElement(By.id("page-heading")).getText()).contains(GIVEN + " " + FAMILY);
        follow(priya, By.linkText("Open the child's case record"));
        waitForHeading(priya);
        childPage = priya.getCurrentUrl();
        assertThat(childPage).contains("case/child.xhtml?id=");
    }

    @Test
    @Order(2)
    void sheOpensAReferralAndAnAssessmentAndRecordsAVisit() throws Exception {
        LocalDate referred = LocalDate.now().minusDays(3);
        openTab("Involvements");
        follow(priya, By.id("action-referral"));
        waitForHeading(priya);
        setDate("involvement-form:startDate", referred);
        new Select(priya.findElement(By.id("involvement-form:sourceCode"))).selectByValue("1B");
        submit(priya, By.id("involvement-form:save"));
        waitForHeading(priya);
        assertThat(priya.getCurrentUrl()).contains("case/child.xhtml");

        openTab("Involvements");
        follow(priya, By.id("action-assessment"));
        waitForHeading(priya);
        new Select(priya.findElement(By.id("involvement-form:referralId"))).selectByIndex(1);
        setDate("involvement-form:startDate", referred.plusDays(1));
        submit(priya, By.id("involvement-form:save"));
        waitForHeading(priya);
        openTab("Involvements");
        List<String> kinds = priya.findElements(By.cssSelector("#involvements-table tbody tr th")).stream()
                .map(WebElement::getText).toList();
        assertThat(kinds).containsExactly("Referral", "Single assessment");
        screenshot(priya, "journey-involvements");

        openTab("Visits and notes");
        follow(priya, By.linkText("Record a visit"));
        waitForHeading(priya);
        setDate("activity-form:date", LocalDate.now());
        new Select(priya.findElement(By.id("activity-form:visit-type"))).selectByValue("CIN");
        priya.findElement(By.id("activity-form:child-seen")).click();
        priya.findElement(By.id("activity-form:text")).sendKeys("Home visit: Mohammed showed me his drawings.");
        submit(priya, By.id("activity-form:save"));
        waitForHeading(priya);
    }

    @Test
    @Order(3)
    void theVisitIsInTheChronologyAndTheAssessmentIsInMyWork() throws Exception {
        priya.get(childPage);
        waitForHeading(priya);
        String chronology = waitFor(priya, By.id("chronology")).getText();
        assertThat(chronology).contains("Referral received").contains("visit");
        assertThat(chronology).contains("recorded by Priya Shah");
        screenshot(priya, "journey-chronology");

        follow(priya, By.id("nav-my-work"));
        waitForHeading(priya);
        WebElement child = waitFor(priya, By.xpath(
                "//section[.//a[normalize-space()='" + GIVEN + " " + FAMILY + "']]"));
        assertThat(child.getText()).contains("assessment");
        screenshot(priya, "journey-my-work");
    }

    @Test
    @Order(4)
    void anAdministratorAddsAColleagueAndReadsWhatTheSocialWorkerDidInTheAuditTrail() throws Exception {
        admin.get(portal.baseUrl());
        signIn(admin, "admin", PASSWORD);
        waitForHeading(admin);
        follow(admin, By.id("nav-admin-users"));
        waitForHeading(admin);
        follow(admin, By.id("add-user"));
        waitForHeading(admin);
        admin.findElement(By.id("user-form:username")).sendKeys("jo.newton");
        admin.findElement(By.id("user-form:display-name")).sendKeys("Jo Newton");
        admin.findElement(By.xpath("//fieldset[legend='Roles']//label[normalize-space()='Practitioner']")).click();
        admin.findElement(By.xpath("//fieldset[legend='Service areas']//label[normalize-space()='Family Safeguarding']"))
                .click();
        admin.findElement(By.id("user-form:save-user")).click();
        assertThat(waitFor(admin, By.id("generated-password")).getText()).hasSize(16);

        follow(admin, By.id("nav-audit"));
        waitForHeading(admin);
        admin.findElement(By.id("trail-form:user")).sendKeys("priya.shah");
        // What she did, one action at a time (the whole morning fills more than one page of the trail).
        for (String action : List.of("PERSON_SEARCH", "PERSON_CREATE", "REFERRAL_CREATE", "ASSESSMENT_CREATE",
                "VISIT_CREATE", "CHRONOLOGY_VIEW")) {
            new Select(admin.findElement(By.id("trail-form:action"))).selectByValue(action);
            admin.findElement(By.id("trail-form:search")).click();
            // The trail shows the person by name with the username, and the action in words.
            String words = action.charAt(0) + action.substring(1).replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            new WebDriverWait(admin, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("results-form:results"), "Priya Shah (priya.shah) " + words));
        }
        screenshot(admin, "journey-audit-trail");
    }

    private void recordPerson(String given, String family, String born) {
        priya.findElement(By.id("person-form:givenName")).clear();
        priya.findElement(By.id("person-form:givenName")).sendKeys(given);
        priya.findElement(By.id("person-form:familyName")).clear();
        priya.findElement(By.id("person-form:familyName")).sendKeys(family);
        setDate("person-form:dateOfBirth", LocalDate.parse(born));
        priya.findElement(By.xpath("//table[@id='person-form:kind']//label[normalize-space()='Child']")).click();
        priya.findElement(By.xpath("//table[@id='person-form:sex']//label[normalize-space()='Male (M)']")).click();
        priya.findElement(By.id("person-form:postcode")).clear();
        priya.findElement(By.id("person-form:postcode")).sendKeys("HB3 4QT");
        submit(priya, By.id("person-form:check"));
    }

    /** Date inputs take typing in the browser's locale; a person's picker sets the ISO value, as this does. */
    private void setDate(String id, LocalDate date) {
        WebElement input = priya.findElement(By.id(id));
        ((JavascriptExecutor) priya).executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }

    private void openTab(String title) {
        priya.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
    }
}
