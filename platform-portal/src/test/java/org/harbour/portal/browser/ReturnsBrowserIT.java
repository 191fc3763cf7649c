package org.harbour.portal.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.harbour.portal.it.PortalSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst's journey through the SSDA903: a period of care has lost its category of need; the
 * analyst produces the return, sees the error (on each of the period's episode rows), and passes its link to the practitioner, who puts
 * it right on the period's page; the analyst produces the return again, finds no error and downloads
 * the files, whose bytes match the checksums the page shows.
 */
class ReturnsBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String FORM = "produce-performance-ssda903";
    private static final Pattern CHILD_LINK = Pattern.compile("child\\.xhtml\\?id=(\\d+)");

    ReturnsBrowserIT() {
        super("returns-journey", true);
    }

    /** The last collection year that has ended (2025-26 in December 2026). */
    private static String latestCompleteYear() {
        LocalDate today = LocalDate.now();
        int first = (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1;
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }

    @Test
    void anErrorFoundByTheAnalystIsPutRightByThePractitionerAndTheReturnComesBackClean() throws Exception {
        String year = latestCompleteYear();
        LocalDate yearStart = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 4, 1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        PortalSession priya = PortalSession.signIn(URI.create(portal.baseUrl()), "priya.shah", PASSWORD);
        JsonObject period = periodOfCareInYear(priya, yearStart, yearEnd);
        long child = period.getJsonNumber("personId").longValue();
        long periodId = period.getJsonNumber("id").longValue();
        var unrecorded = Json.createObjectBuilder().add("kind", "looked-after")
                .add("version", period.getJsonNumber("version").longValue())
                .add("startDate", period.getString("startDate"));
        if (period.containsKey("endDate") && !period.isNull("endDate")) {
            unrecorded.add("endDate", period.getString("endDate"));
        }
        HttpResponse<String> cleared = priya.putJson("api/cases/" + child + "/involvements/looked-after/" + periodId,
                unrecorded.build().toString());
        assertEquals(200, cleared.statusCode(), cleared.body());

        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "olivia.brown", PASSWORD);
        waitForHeading(driver);
        follow(driver, By.id("nav-returns"));
        produce(year);
        waitFor(driver, By.id("run-errors"));
        // One error, reported as the DfE's validator reports it: on each of the period's episode rows.
        List<WebElement> errors = driver.findElements(By.cssSelector("#error-messages tbody tr"));
        assertTrue(!errors.isEmpty(), "the missing category of need is found");
        assertEquals(Integer.toString(errors.size()), driver.findElement(By.id("run-errors")).getText());
        Set<String> fixes = new HashSet<>();
        for (WebElement error : errors) {
            assertEquals(Long.toString(child), error.getAttribute("data-person"));
            assertEquals("145", error.getAttribute("data-rule"));
            assertTrue(error.getText().contains("Category of need code is not a valid code."), error.getText());
            // The analyst cannot open the child's record: the row says who puts it right and keeps where.
            assertTrue(error.findElements(By.cssSelector("a.hb-fix-link")).isEmpty(), "no link the analyst could not follow");
            fixes.add(error.findElement(By.cssSelector(".hb-fix-elsewhere")).getAttribute("data-fix"));
        }
        assertEquals(1, fixes.size(), "every row leads to the one period to put right");
        String fix = fixes.iterator().next();
        assertTrue(fix.endsWith("/case/involvement.xhtml?person=" + child + "&kind=looked-after&id=" + periodId), fix);
        screenshot(driver, "returns-903-error");

        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "priya.shah", PASSWORD);
        waitForHeading(driver);
        driver.get(java.net.URI.create(portal.baseUrl()).resolve(fix).toString());
        new Select(waitFor(driver, By.id("involvement-form:primaryNeed"))).selectByValue("N1");
        submit(driver, By.id("involvement-form:save"));
        waitForHeading(driver);
        assertTrue(driver.getCurrentUrl().contains("case/child.xhtml"), "saved: back on the child's record");
        assertTrue(driver.findElement(By.id("messages")).getText().contains("saved"));

        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "olivia.brown", PASSWORD);
        waitForHeading(driver);
        driver.get(portal.baseUrl() + "returns/returns.xhtml");
        produce(year);
        assertEquals("0", waitFor(driver, By.id("run-errors")).getText());
        assertNotNull(driver.findElement(By.id("no-errors")));
        screenshot(driver, "returns-903-clean");

        PortalSession olivia = PortalSession.signIn(URI.create(portal.baseUrl()), "olivia.brown", PASSWORD);
        List<WebElement> files = driver.findElements(By.cssSelector("#run-files tbody tr"));
        assertEquals(11, files.size(),
                "Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes");
        for (WebElement row : files) {
            String href = row.findElement(By.tagName("a")).getAttribute("href");
            HttpResponse<byte[]> download = olivia.getBytes(href.substring(portal.baseUrl().length()));
            assertEquals(200, download.statusCode(), href);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()));
            assertEquals(row.findElement(By.tagName("code")).getText(), sha256, "the bytes are those the page vouches for");
        }
    }

    private void produce(String year) {
        WebElement periodField = waitFor(driver, By.id(FORM + ":period"));
        periodField.clear();
        periodField.sendKeys(year);
        driver.findElement(By.id(FORM + ":produce")).click();
        waitFor(driver, By.id("run-heading"));
    }

    /**
     * A period of care of one of the practitioner's children begun in the year, with its category recorded: not
     * in last year's return, so the rules comparing with it (503C on the category) do not speak of it.
     */
    private static JsonObject periodOfCareInYear(PortalSession priya, LocalDate from, LocalDate to) throws Exception {
        Matcher children = CHILD_LINK.matcher(priya.get("work/my-work.xhtml").body());
        while (children.find()) {
            long child = Long.parseLong(children.group(1));
            HttpResponse<String> list = priya.get("api/cases/" + child + "/involvements");
            for (JsonValue v : Json.createReader(new java.io.StringReader(list.body())).readArray()) {
                JsonObject i = v.asJsonObject();
                boolean startsInYear = !LocalDate.parse(i.getString("startDate")).isAfter(to)
                        && !LocalDate.parse(i.getString("startDate")).isBefore(from);
                if ("looked-after".equals(i.getString("kind")) && startsInYear && i.containsKey("primaryNeed")
                        && !i.isNull("primaryNeed")) {
                    return Json.createObjectBuilder(i).add("personId", child).build();
                }
            }
        }
        throw new IllegalStateException("No child of priya.shah was looked after in " + from + " to " + to);
    }
}
