package org.harbour.portal.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * What a social worker used to LCS or Mosaic looks for, in the browser: she puts an alert on a
 * child's record, records a visit with how it was made and who was present, marks it significant
 * in the chronology and prints it, and submits the assessment for sign-off; her team manager
 * returns it from his queue with a reason, she sees that in My work and submits again, he signs it
 * off, and she sees it signed off on the record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordSummaryJourneyBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String ALERT = "Dog at the address: call ahead.";
    private static final String PRESENT = "Child, mother and maternal grandmother";

    private static final LocalDate REFERRED = LocalDate.now().minusDays(3);

    private String childPage;
    private String childName;

    RecordSummaryJourneyBrowserIT() {
        super("record-summary-journey", true);
    }

    @Test
    @Order(1)
    void aSocialWorkerPutsAnAlertOnTheRecordSummary() throws Exception {
        driver.get(portal.baseUrl());
        signIn(driver, "priya.shah", PASSWORD);
        waitForHeading(driver);
        follow(driver, By.id("nav-my-work"));
        WebElement first = waitFor(driver, By.cssSelector("a.hb-child-link"));
        childName = first.getText();
        first.click();
        waitFor(driver, By.id("record-summary"));
        childPage = driver.getCurrentUrl();
        assertThat(childPage).contains("case/child.xhtml?id=");

        driver.findElement(By.id("add-alert")).click();
        waitFor(driver, By.id("entry-form:text"));
        new Select(driver.findElement(By.id("entry-form:type"))).selectByValue("RISK_TO_STAFF");
        driver.findElement(By.id("entry-form:text")).sendKeys(ALERT);
        submit(driver, By.id("entry-form:save"));
        WebElement alerts = waitFor(driver, By.cssSelector("#record-alerts li[data-alert]"));
        assertThat(alerts.getText()).contains("Risk to staff").contains(ALERT);
        screenshot(driver, "record-summary-alert");
    }

    @Test
    @Order(2)
    void sheRecordsAVisitWithWhoWasPresentAndMarksItSignificant() throws Exception {
        LocalDate referred = REFERRED;
        openTab("Involvements");
        driver.findElement(By.id("action-referral")).click();
        waitFor(driver, By.id("involvement-form:startDate"));
        setDate("involvement-form:startDate", referred);
        new Select(driver.findElement(By.id("involvement-form:sourceCode"))).selectByValue("1B");
        submit(driver, By.id("involvement-form:save"));
        waitFor(driver, By.id("record-summary"));
        openTab("Involvements");
        driver.findElement(By.id("action-assessment")).click();
        waitFor(driver, By.id("involvement-form:referralId"));
        Select referral = new Select(driver.findElement(By.id("involvement-form:referralId")));
        referral.getOptions().stream().filter(o -> o.getText().contains(referred.toString()) || o.getText().contains(enGb(referred)))
                .findFirst().orElseThrow().click();
        setDate("involvement-form:startDate", referred.plusDays(1));
        submit(driver, By.id("involvement-form:save"));
        waitFor(driver, By.id("record-summary"));

        openTab("Visits and notes");
        driver.findElement(By.linkText("Record a visit")).click();
        waitFor(driver, By.id("activity-form:contact-method"));
        setDate("activity-form:date", LocalDate.now());
        new Select(driver.findElement(By.id("activity-form:visit-type"))).selectByValue("CIN");
        // A visit by phone is refused with the field's message, and what was typed stays.
        new Select(driver.findElement(By.id("activity-form:contact-method"))).selectByValue("PHONE");
        driver.findElement(By.id("activity-form:present")).sendKeys(PRESENT);
        submit(driver, By.id("activity-form:save"));
        assertThat(waitFor(driver, By.cssSelector(".hb-field-error")).getText()).contains("face to face or by video");
        new Select(driver.findElement(By.id("activity-form:contact-method"))).selectByValue("FACE_TO_FACE");
        assertThat(driver.findElement(By.id("activity-form:present")).getAttribute("value")).isEqualTo(PRESENT);
        submit(driver, By.id("activity-form:save"));
        waitFor(driver, By.id("record-summary"));

        WebElement visit = waitFor(driver, By.xpath("//ol[@id='chronology']/li[contains(., '" + PRESENT + "')]"));
        assertThat(visit.getText()).contains("Face to face");
        visit.findElement(By.cssSelector("button.hb-mark-significant")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@id='chronology']/li[contains(@class, 'hb-significant') and contains(., '" + PRESENT + "')]")));

        driver.findElement(By.cssSelector("[id$='chronology-form:significant-only']")).click();
        driver.findElement(By.cssSelector("[id$='chronology-form:filter']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#chronology > li")).size() == 1);
        assertThat(driver.findElement(By.id("chronology")).getText()).contains(PRESENT);
        screenshot(driver, "record-summary-significant");

        driver.findElement(By.cssSelector("a[id$='print-chronology']")).click();
        WebElement printable = waitFor(driver, By.id("printable-chronology"));
        assertThat(printable.getText()).contains(PRESENT).contains("(significant)");
        assertThat(driver.getCurrentUrl()).contains("significant=true");
        screenshot(driver, "record-summary-print");
    }

    @Test
    @Order(3)
    void sheSubmitsTheAssessmentForSignOff() throws Exception {
        driver.get(childPage);
        waitFor(driver, By.xpath(assessmentRow() + "//input[contains(@class, 'hb-submit-sign-off')]")).click();
        WebElement status = waitFor(driver, By.xpath(assessmentRow() + "//td[contains(@class, 'hb-sign-off-status')]"));
        assertThat(status.getText()).contains("Awaiting sign-off");
    }

    @Test
    @Order(4)
    void herManagerReturnsItFromHisQueueWithAReason() throws Exception {
        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "tom.okafor", PASSWORD);
        waitForHeading(driver);
        driver.findElement(By.id("nav-sign-off")).click();
        WebElement row = waitFor(driver, By.xpath("//table[@id='sign-off-queue']//tr[contains(., '" + childName + "')]"));
        assertThat(row.getText()).contains("Single assessment").contains("Priya Shah");
        screenshot(driver, "sign-off-queue");
        row.findElement(By.tagName("textarea")).sendKeys("Add the father's view.");
        row.findElement(By.cssSelector("input[value='Return']")).click();
        waitFor(driver, By.id("queue-form:queue-empty"));
    }

    @Test
    @Order(5)
    void sheSeesItReturnedInMyWorkAndSubmitsAgain() throws Exception {
        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "priya.shah", PASSWORD);
        waitForHeading(driver);
        driver.findElement(By.id("nav-my-work")).click();
        waitFor(driver, By.id("work-filters"));
        new Select(driver.findElement(By.id("kind"))).selectByValue("Returned for changes");
        new Select(driver.findElement(By.id("sort"))).selectByValue("due");
        submit(driver, By.id("apply-filters"));
        WebElement items = waitFor(driver, By.id("work-items"));
        assertThat(driver.getCurrentUrl()).contains("kind=Returned+for+changes").contains("sort=due");
        assertThat(items.getText()).contains(childName).contains("Add the father's view.");
        screenshot(driver, "my-work-returned");

        driver.get(childPage);
        waitFor(driver, By.xpath(assessmentRow() + "//input[contains(@class, 'hb-submit-sign-off')]")).click();
        waitFor(driver, By.xpath(assessmentRow() + "//td[contains(@class, 'hb-sign-off-status') and contains(., 'Awaiting sign-off')]"));
    }

    @Test
    @Order(6)
    void herManagerSignsItOffAndSheSeesItSignedOff() throws Exception {
        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "tom.okafor", PASSWORD);
        waitForHeading(driver);
        driver.findElement(By.id("nav-sign-off")).click();
        WebElement row = waitFor(driver, By.xpath("//table[@id='sign-off-queue']//tr[contains(., '" + childName + "')]"));
        row.findElement(By.cssSelector("input[value='Sign off']")).click();
        waitFor(driver, By.id("queue-form:queue-empty"));

        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "priya.shah", PASSWORD);
        waitForHeading(driver);
        driver.get(childPage);
        WebElement status = waitFor(driver, By.xpath(assessmentRow() + "//td[contains(@class, 'hb-sign-off-status')]"));
        assertThat(status.getText()).contains("Signed off").contains("Tom Okafor");
        screenshot(driver, "record-summary-signed-off");
    }

    /** The row of the assessment this story recorded (the child may have others). */
    private static String assessmentRow() {
        return "//table[@id='open-involvements']//tr[contains(., 'Single assessment') and contains(., '"
                + enGb(REFERRED.plusDays(1)) + "')]";
    }

    private static String enGb(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private void setDate(String id, LocalDate date) {
        WebElement input = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }

    private void openTab(String title) {
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
    }
}
