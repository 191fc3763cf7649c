package org.harbour.portal.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.harbour.portal.it.PortalSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * The practitioner records what the returns need on a child's looked-after page, as she would:
 * each form first with a mistake, refused with the error summary and nothing saved, then put right
 * and saved - a missing episode, the year's health and wellbeing, the child's UASC status, and the
 * child's disabilities for the CIN census; and her manager puts right why the child's social worker
 * changed, which she sees but may not change.
 */
class LookedAfterBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private String page;

    LookedAfterBrowserIT() {
        super("looked-after-forms");
    }

    private String signedIn;

    /** Signs the browser in as the user, unless already. */
    private void as(String username) {
        if (username.equals(signedIn)) {
            return;
        }
        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, username, PASSWORD);
        waitForHeading(driver);
        signedIn = username;
    }

    @BeforeAll
    void findThePractitionersChild() {
        as("priya.shah");
        String child = driver.findElement(By.cssSelector("#caseload tbody tr a.hb-child-link")).getAttribute("href");
        driver.get(child);
        waitForHeading(driver);
        // The record's Looked after tab leads to the page.
        page = driver.findElement(By.cssSelector("a[href*='case/looked-after.xhtml?person=']")).getAttribute("href");
        assertThat(page).contains("case/looked-after.xhtml?person=");
    }

    private void open() {
        open("priya.shah");
    }

    private void open(String username) {
        as(username);
        driver.get(page);
        waitForHeading(driver);
    }

    private void date(String id, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), day == null ? "" : day.toString());
    }

    private WebElement refusedWith(String message, String field) {
        WebElement summary = waitFor(driver, By.id("error-summary"));
        assertThat(summary.getText()).contains("There is a problem").contains(message);
        assertThat(summary.findElements(By.cssSelector("li a")))
                .anySatisfy(link -> assertThat(link.getAttribute("href")).endsWith("#" + field));
        return summary;
    }

    @Test
    void aMissingEpisodeThatEndsBeforeItStartsIsRefusedThenRecorded() throws Exception {
        open();
        int before = driver.findElements(By.cssSelector("#missing-episodes tbody tr")).size();
        LocalDate start = LocalDate.now().minusDays(3);
        new Select(driver.findElement(By.id("missing-form:missing-kind"))).selectByValue("M");
        date("missing-form:missing-start", start);
        date("missing-form:missing-end", start.minusDays(2));
        submit(driver, By.id("missing-form:save-missing"));
        refusedWith("The child cannot return before going missing", "missing-form:missing-end");
        screenshot(driver, "looked-after-missing-refused");
        assertThat(driver.findElements(By.cssSelector("#missing-episodes tbody tr"))).hasSize(before);

        date("missing-form:missing-end", start.plusDays(1));
        driver.findElement(By.id("missing-form:interview-offered")).click();
        submit(driver, By.id("missing-form:save-missing"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Missing episode recorded.");
        assertThat(driver.findElements(By.id("error-summary"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#missing-episodes tbody tr"))).hasSize(before + 1);
        assertThat(driver.findElement(By.id("missing-episodes")).getText()).contains(DMY.format(start));
    }

    @Test
    void anSdqScoreOver40IsRefusedThenAScoreIsSaved() {
        open();
        WebElement score = driver.findElement(By.id("health-form:sdq-score"));
        score.clear();
        score.sendKeys("41");
        new Select(driver.findElement(By.id("health-form:sdq-reason"))).selectByIndex(0);
        submit(driver, By.id("health-form:save-health"));
        refusedWith("An SDQ score is from 0 to 40.", "health-form:sdq-score");

        score = driver.findElement(By.id("health-form:sdq-score"));
        score.clear();
        score.sendKeys("12");
        submit(driver, By.id("health-form:save-health"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Health and wellbeing saved.");
        open();
        assertThat(driver.findElement(By.id("health-form:sdq-score")).getAttribute("value")).isEqualTo("12");
    }

    @Test
    void uascStatusCeasingBeforeItBeganIsRefusedThenSaved() {
        open();
        LocalDate from = LocalDate.now().minusYears(1);
        date("status-form:uasc-from", from);
        date("status-form:uasc-ceased", from.minusDays(10));
        submit(driver, By.id("status-form:save-status"));
        refusedWith("UASC status cannot cease before it began.", "status-form:uasc-ceased");

        date("status-form:uasc-ceased", null);
        submit(driver, By.id("status-form:save-status"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Status, permanence and adoption saved.");
        open();
        assertThat(driver.findElement(By.id("status-form:uasc-from")).getAttribute("value")).isEqualTo(from.toString());
    }

    @Test
    void aManagerPutsRightWhyTheWorkerChangedAndThePractitionerSeesIt() throws Exception {
        long child = Long.parseLong(page.replaceAll(".*[?&]person=(\\d+).*", "$1"));
        PortalSession tom = PortalSession.signIn(URI.create(portal.baseUrl()), "tom.okafor", PASSWORD);
        JsonObject current = currentAllocation(tom, child);
        String worker = current.getString("worker");
        // The manager takes the case on himself today, without saying why the worker changed.
        HttpResponse<String> moved = tom.postJson("api/cases/" + child + "/allocations", reallocation(current,
                "tom.okafor", null));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        String ended = Long.toString(current.getJsonNumber("id").longValue());
        try {
            open("tom.okafor");
            By row = By.cssSelector("#worker-changes tr[data-allocation='" + ended + "']");
            assertThat(driver.findElement(row).getText()).contains("Not recorded");
            new Select(driver.findElement(By.id("workers-form:worker-change"))).selectByValue(ended);
            submit(driver, By.id("workers-form:save-worker-change"));
            refusedWith("Choose why the social worker changed from the list.", "workers-form:change-reason");
            assertThat(Axe.violations(driver)).as("WCAG 2.2 A/AA violations with the manager's form").isEmpty();

            open("tom.okafor"); // a fresh page after the scan
            new Select(driver.findElement(By.id("workers-form:worker-change"))).selectByValue(ended);
            new Select(driver.findElement(By.id("workers-form:change-reason"))).selectByValue("LEFTRL");
            submit(driver, By.id("workers-form:save-worker-change"));
            assertThat(waitFor(driver, By.id("messages")).getText()).contains("Why the social worker changed saved.");
            assertThat(driver.findElement(row).getText()).contains("(LEFTRL)");

            // The practitioner sees why, and that a manager puts it right.
            open("priya.shah");
            assertThat(driver.findElement(row).getText()).contains("(LEFTRL)");
            assertThat(driver.findElements(By.id("workers-form"))).isEmpty();
            assertThat(driver.findElement(By.id("worker-change-managers")).getText()).contains("A manager");
        } finally {
            // The case goes back to its worker, so the practitioner's caseload is as it was.
            tom.postJson("api/cases/" + child + "/allocations", reallocation(currentAllocation(tom, child), worker,
                    "MANAGE"));
        }
    }

    private static JsonObject currentAllocation(PortalSession session, long child) throws Exception {
        HttpResponse<String> history = session.get("api/cases/" + child + "/allocations");
        for (JsonValue v : Json.createReader(new StringReader(history.body())).readArray()) {
            JsonObject a = v.asJsonObject();
            if (!a.containsKey("endedOn") || a.isNull("endedOn")) {
                return a;
            }
        }
        throw new IllegalStateException("No current allocation: " + history.body());
    }

    private static String reallocation(JsonObject current, String worker, String changeReason) {
        var body = Json.createObjectBuilder().add("allocationId", current.getJsonNumber("id").longValue())
                .add("allocationVersion", current.getJsonNumber("version").longValue()).add("worker", worker)
                .add("teamId", current.getJsonNumber("teamId").longValue()).add("from", LocalDate.now().toString())
                .add("reason", "Covering the case");
        if (changeReason != null) {
            body.add("changeReason", changeReason);
        }
        return body.build().toString();
    }

    @Test
    void noDisabilityTickedWithADisabilityIsRefusedThenTheDisabilitiesAreSaved() throws Exception {
        open();
        By none = By.cssSelector("input[name='census-form:disabilities'][value='NONE']");
        By mobility = By.cssSelector("input[name='census-form:disabilities'][value='MOB']");
        for (WebElement box : driver.findElements(By.cssSelector("input[name='census-form:disabilities']"))) {
            if (box.isSelected()) {
                box.click();
            }
        }
        driver.findElement(none).click();
        driver.findElement(mobility).click();
        submit(driver, By.id("census-form:save-census"));
        refusedWith("Choose either \"No disability\" or the child's disabilities, not both.", "census-form:disabilities");
        screenshot(driver, "looked-after-disabilities-refused");
        assertThat(Axe.violations(driver)).as("WCAG 2.2 A/AA violations on the page with the error summary").isEmpty();

        driver.findElement(none).click();
        submit(driver, By.id("census-form:save-census"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Disabilities and UPN saved.");
        open();
        assertThat(driver.findElement(mobility).isSelected()).isTrue();
        assertThat(driver.findElement(none).isSelected()).isFalse();
    }
    /**
     * Where a placement is, entered on the episode's page: a distance past 999.9 miles is refused with the
     * error summary linking the field, on a page axe finds no fault with; the location is offered in words.
     */
    @Test
    void aPlacementTooFarFromHomeIsRefusedOnTheEpisodePage() throws Exception {
        PortalSession priya = PortalSession.signIn(URI.create(portal.baseUrl()), "priya.shah", PASSWORD);
        String episode = anEpisodeOfThePractitionersChildren(priya);
        as("priya.shah");
        driver.get(portal.baseUrl() + episode);
        waitForHeading(driver);
        assertThat(new Select(driver.findElement(By.id("involvement-form:placementLocation"))).getOptions())
                .extracting(WebElement::getText).contains("Inside the authority", "Outside the authority");
        WebElement miles = driver.findElement(By.id("involvement-form:placementDistance"));
        miles.clear();
        miles.sendKeys("1000");
        submit(driver, By.id("involvement-form:save"));
        refusedWith("Enter the distance in miles from 0.0 to 999.9.", "involvement-form:placementDistance");
        screenshot(driver, "placement-distance-refused");
        assertThat(Axe.violations(driver)).as("WCAG 2.2 A/AA violations on the episode page with the error summary")
                .isEmpty();
    }

    /** The page of a placement episode of one of the practitioner's children. */
    private static String anEpisodeOfThePractitionersChildren(PortalSession priya) throws Exception {
        java.util.regex.Matcher children = java.util.regex.Pattern.compile("child\\.xhtml\\?id=(\\d+)")
                .matcher(priya.get("work/my-work.xhtml").body());
        while (children.find()) {
            long child = Long.parseLong(children.group(1));
            HttpResponse<String> list = priya.get("api/cases/" + child + "/involvements");
            for (JsonValue v : Json.createReader(new StringReader(list.body())).readArray()) {
                JsonObject i = v.asJsonObject();
                if ("placement-episode".equals(i.getString("kind"))) {
                    return "case/involvement.xhtml?person=" + child + "&kind=placement-episode&id="
                            + i.getJsonNumber("id").longValue();
                }
            }
        }
        throw new IllegalStateException("No child of priya.shah has a placement episode");
    }
}
