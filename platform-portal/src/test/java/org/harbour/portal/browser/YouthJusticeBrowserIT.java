package org.harbour.portal.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * A youth justice case manager's morning as Dan Hughes would spend it: he records a child's arrest
 * and offence, refers the offence to the Joint Decision-Making Panel, finds the assessment due in
 * My work, records the panel's youth caution and sees it in the child's chronology, then records
 * an AssetPlus assessment with its ratings and finds its review in My work; once the analyst has
 * recalculated last month, the month of the offence, the child is among its first time entrants. One story,
 * so the steps run in order on one portal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YouthJusticeBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final Pattern DUE = Pattern.compile("due by (\\d{2}/\\d{2}/\\d{4})");

    private static final YearMonth LAST_MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

    /** Outcomes that make no first time entrant. */
    private static final java.util.Set<String> NO_ENTRY = java.util.Set.of("PREVENTION", "TURNAROUND", "NO_FURTHER_ACTION",
            "RELEASED_UNDER_INVESTIGATION", "COMMUNITY_RESOLUTION", "OUTCOME_22", "CHARGE", "ACQUITTED");

    private String personId;
    private String dueOn;

    YouthJusticeBrowserIT() {
        super("youth-justice-journey");
    }

    @Test
    @Order(1)
    void theCaseManagerRecordsAnArrestAndAnOffenceAndRefersItToThePanel() throws Exception {
        driver.get(portal.baseUrl() + "youth-justice/index.xhtml");
        signIn(driver, "dan.hughes", PASSWORD);
        waitForHeading(driver);
        waitFor(driver, By.cssSelector("#yj-caseload tr[data-person]"));
        List<String> caseload = driver.findElements(By.cssSelector("#yj-caseload tr[data-person]")).stream()
                .map(r -> r.getAttribute("data-person")).toList();
        // A child of Dan's with no caution or conviction yet (as their record shows), so this caution makes a first time entrant.
        for (String child : caseload) {
            driver.get(portal.baseUrl() + "youth-justice/child.xhtml?person=" + child);
            waitFor(driver, By.id("arrest-form:record-arrest"));
            if (driver.findElements(By.cssSelector("#yj-outcomes tr[data-outcome]")).stream()
                    .allMatch(r -> NO_ENTRY.contains(r.getAttribute("data-outcome")))) {
                personId = child;
                break;
            }
        }
        assertThat(personId).as("a child of Dan's not yet cautioned or convicted").isNotNull();
        driver.get(portal.baseUrl() + "youth-justice/child.xhtml?person=" + personId);
        waitFor(driver, By.id("arrest-form:record-arrest"));
        assertThat(driver.findElement(By.id("page-heading")).getText()).startsWith("Youth justice record of");

        driver.findElement(By.id("arrest-form:police-station")).sendKeys("Central Police Station");
        submit(driver, By.id("arrest-form:record-arrest"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Arrest recorded");

        // Committed early last month: a caution counts as a first time entry in the month of its offence, a frozen month.
        // A date input takes its value as the browser's locale types it; set the ISO value it submits.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("offence-form:committed-on")), LAST_MONTH.atDay(2).toString());
        new Select(driver.findElement(By.id("offence-form:offence-type"))).selectByVisibleText("Theft and handling stolen goods");
        driver.findElement(By.id("offence-form:gravity")).sendKeys("2");
        driver.findElement(By.id("offence-form:description")).sendKeys("Took a bicycle from outside the library");
        submit(driver, By.id("offence-form:record-offence"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Offence recorded");
        assertThat(driver.findElement(By.id("yj-offences")).getText()).contains("Took a bicycle from outside the library");

        Select offence = new Select(driver.findElement(By.id("panel-form:refer-offence")));
        offence.getOptions().stream().filter(o -> o.getText().contains("Took a bicycle")).findFirst().orElseThrow().click();
        submit(driver, By.id("panel-form:refer"));
        String message = waitFor(driver, By.id("messages")).getText();
        assertThat(message).contains("Referred to the Joint Decision-Making Panel");
        Matcher due = DUE.matcher(message);
        assertThat(due.find()).isTrue();
        dueOn = due.group(1);
        screenshot(driver, "yj-record-page");
    }

    @Test
    @Order(2)
    void theAssessmentForThePanelIsInMyWork() throws Exception {
        driver.get(portal.baseUrl() + "work/my-work.xhtml");
        waitForHeading(driver);
        WebElement child = waitFor(driver, By.cssSelector("section[data-person='" + personId + "']"));
        WebElement item = child.findElements(By.cssSelector("tr[data-module='youth-justice']")).stream()
                .filter(r -> r.getText().contains(dueOn) && r.getText().contains("Joint Decision-Making Panel"))
                .reduce((a, b) -> b).orElseThrow();
        screenshot(driver, "yj-my-work");
        item.findElement(By.linkText("Record")).click();
        waitFor(driver, By.id("chosen"));
        assertThat(driver.findElement(By.id("decision-state")).getText()).isEqualTo("Awaiting the panel");
    }

    @Test
    @Order(3)
    void thePanelDecidesAYouthCautionAndTheChronologyShowsIt() throws Exception {
        new Select(driver.findElement(By.id("decision-form:decision"))).selectByVisibleText("Youth caution");
        driver.findElement(By.id("decision-form:attendees")).sendKeys("PC Amir Khan (police), Dan Hughes (youth justice service)");
        driver.findElement(By.id("decision-form:gravity")).sendKeys("3");
        submit(driver, By.id("decision-form:decide"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("The panel's decision is recorded: Youth caution");
        assertThat(driver.findElement(By.id("decision-state")).getText()).isEqualTo("Youth caution");
        assertThat(driver.findElement(By.id("panel-attendees")).getText()).contains("PC Amir Khan (police)");
        assertThat(driver.findElement(By.id("panel-gravity")).getText()).isEqualTo("3");
        screenshot(driver, "yj-panel-decision");

        driver.findElement(By.id("child-link")).click();
        waitFor(driver, By.id("chronology"));
        assertThat(driver.findElements(By.cssSelector("#chronology li[data-source='youth-justice']")).stream()
                .map(WebElement::getText)).anySatisfy(t -> assertThat(t).contains("Youth caution"))
                .anySatisfy(t -> assertThat(t).contains("Offence: Theft and handling stolen goods"));
        screenshot(driver, "yj-chronology");
    }

    @Test
    @Order(4)
    void theCaseManagerRecordsAnAssetPlusWithItsRatingsAndItsReviewIsInMyWork() throws Exception {
        driver.get(portal.baseUrl() + "youth-justice/assessments.xhtml?person=" + personId);
        waitFor(driver, By.id("start-form:start-assessment"));
        assertThat(driver.findElement(By.id("page-heading")).getText()).startsWith("Assessments of");
        new Select(driver.findElement(By.id("start-form:assessment-type"))).selectByVisibleText("AssetPlus");
        submit(driver, By.id("start-form:start-assessment"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Assessment started");

        Select inProgress = new Select(driver.findElement(By.id("complete-form:complete-assessment")));
        inProgress.getOptions().stream().filter(o -> o.getText().startsWith("AssetPlus")).findFirst().orElseThrow().click();
        new Select(driver.findElement(By.id("complete-form:complete-reoffending"))).selectByVisibleText("Medium");
        new Select(driver.findElement(By.id("complete-form:complete-harm"))).selectByVisibleText("High");
        new Select(driver.findElement(By.id("complete-form:complete-wellbeing"))).selectByVisibleText("Low");
        submit(driver, By.id("complete-form:complete"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Assessment completed; review due");
        assertThat(driver.findElement(By.id("assessments")).getText()).contains("AssetPlus").contains("High");
        screenshot(driver, "yj-assessments");

        driver.get(portal.baseUrl() + "work/my-work.xhtml");
        waitForHeading(driver);
        WebElement child = waitFor(driver, By.cssSelector("section[data-person='" + personId + "']"));
        assertThat(child.findElements(By.cssSelector("tr[data-module='youth-justice']")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("Review assessment: AssetPlus"));
    }

    @Test
    @Order(5)
    void afterLastMonthIsRecalculatedTheFirstTimeEntrantsFigureCountsTheChildAndDrillsDownToThem() throws Exception {
        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "olivia.brown", PASSWORD);
        waitForHeading(driver);
        driver.get(portal.baseUrl() + "performance/scorecard.xhtml?to=" + LAST_MONTH);
        waitFor(driver, By.id("recalculate-form:month")).sendKeys(LAST_MONTH.toString());
        driver.findElement(By.id("recalculate-form:reason")).sendKeys("A youth caution recorded late for an offence last month");
        submit(driver, By.id("recalculate-form:recalculate"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Recalculated " + LAST_MONTH);

        driver.get(portal.baseUrl() + "performance/indicator.xhtml?id=youth-justice.first-time-entrants&to=" + LAST_MONTH);
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo("First time entrants to the youth justice system");
        List<WebElement> drills = waitFor(driver, By.id("series")).findElements(By.cssSelector("a.hb-drill"));
        assertThat(drills).isNotEmpty();
        screenshot(driver, "yj-first-time-entrants");
        follow(driver, drills.get(drills.size() - 1));
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).startsWith("First time entrants to the youth justice system:");
        List<WebElement> rows = driver.findElements(By.cssSelector("tr[data-person]"));
        assertThat(rows).extracting(r -> r.getAttribute("data-person")).contains(personId);
        assertThat(Integer.parseInt(driver.findElement(By.id("numerator")).getText())).isEqualTo(rows.stream()
                .mapToInt(r -> Integer.parseInt(r.getAttribute("data-numerator"))).sum());
        screenshot(driver, "yj-first-time-entrants-children");
    }
}
