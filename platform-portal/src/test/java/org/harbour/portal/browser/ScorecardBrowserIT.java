package org.harbour.portal.browser;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * The performance analyst opens the scorecard at 1366 px: each table's latest figure, target, rating,
 * direction and comparators are on screen without scrolling sideways, the earlier months are in a
 * keyboard-reachable region and each indicator row is one tab stop. She follows the "children in
 * care" indicator to its trend and the latest figure to the children behind it: every child counted
 * is listed (she reaches none of their records, so none is linked), and the visits behind "visits
 * within timescale" add up to its numerator and denominator. The scorecard downloads as Excel with
 * the page's figure.
 */
class ScorecardBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";

    ScorecardBrowserIT() {
        // A fresh database each run: the scorecard's frozen months must come from this run's demo data.
        super("scorecard-portal", true);
    }

    @Test
    void theScorecardFitsTheScreenDrillsDownToEveryChildForTheAnalystAndExportsToExcel() throws Exception {
        driver.manage().deleteAllCookies();
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1366, 768));
        try {
            theScorecardFitsAt1366();
            theScorecardStaysATableOnAPhone();
        } finally {
            driver.manage().window().setSize(before);
        }

        WebElement claRow = driver.findElement(By.cssSelector("tr[data-indicator='cla']"));
        String latest = claRow.findElement(By.cssSelector("td[data-col='latest']")).getText().trim();
        assertThat(latest).matches("[\\d,]+");
        // The rating is written out, not shown by colour alone.
        assertThat(driver.findElement(By.cssSelector("tr[data-indicator='re-referrals'] td[data-rag]")).getText())
                .matches("(?s)(Green|Amber|Red|None).*");
        // Continuing care's two indicators, counted by that module, sit in their outcome groups like any other.
        assertThat(driver.findElements(By.cssSelector(
                "tr[data-indicator='continuing-care.referrals-decided-in-time'] td[data-rag]"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(
                "tr[data-indicator='continuing-care.packages-under-clinical-review'] td[data-col='latest']")).getText())
                .matches("[\\d,]+");

        // The indicator's name opens its trend, with its comparators, and each month's children from there.
        follow(driver, claRow.findElement(By.cssSelector("th[scope='row'] a")));
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo("Children in care");
        String chart = null;
        for (int tries = 0; chart == null && tries < 50; tries++) {
            // The chart is drawn once the page's scripts have run.
            chart = (String) ((JavascriptExecutor) driver).executeScript(
                    "var canvas = document.querySelector('#trend canvas');"
                            + "var c = canvas && window.Chart ? Chart.getChart(canvas) : null;"
                            + "return c && c.scales.y ? JSON.stringify({zero: c.options.scales.y.beginAtZero,"
                            + " min: c.scales.y.min, sets: c.data.datasets.map(function (d) { return d.label; })}) : null;");
            if (chart == null) {
                Thread.sleep(100);
            }
        }
        assertThat(chart).as("the trend chart's axis starts at zero").contains("\"zero\":true").contains("\"min\":0");
        List<WebElement> drills = driver.findElements(By.cssSelector("#series a.hb-drill"));
        assertThat(drills).hasSize(13);
        screenshot(driver, "scorecard-trend");
        follow(driver, drills.get(12));
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).startsWith("Children in care:");
        assertThat(waitFor(driver, By.id("numerator")).getText()).isEqualTo(latest.replace(",", ""));
        List<WebElement> children = driver.findElements(By.cssSelector("#children tbody tr"));
        // Every child counted is listed for the analyst, with team, worker and en-GB dates, and none is linked:
        // she may not open their records.
        assertThat(children).hasSize(Integer.parseInt(latest.replace(",", "")));
        assertThat(children).allSatisfy(r -> assertThat(r.getAttribute("data-linked")).isEqualTo("false"));
        assertThat(driver.findElements(By.cssSelector("#children a[href*='child.xhtml']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#children thead th")).stream().map(WebElement::getText))
                .contains("Child", "Child id", "Date of birth", "Team", "Worker");
        assertThat(children.get(0).findElements(By.tagName("td")).get(1).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(children).anySatisfy(r -> assertThat(r.findElements(By.tagName("td")).get(5).getText()).isNotBlank());
        screenshot(driver, "scorecard-children");

        // Visits within timescale are events: the drill-down lists each visit, its due date and whether it was
        // on time, and the rows add up to the numerator and the denominator.
        driver.get(portal.baseUrl() + "performance/indicator.xhtml?id=visits-in-timescale");
        waitForHeading(driver);
        List<WebElement> visitDrills = driver.findElements(By.cssSelector("#series a.hb-drill"));
        follow(driver, visitDrills.get(visitDrills.size() - 1));
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).startsWith("Visits within timescale:");
        long numerator = Long.parseLong(waitFor(driver, By.id("numerator")).getText());
        String figure = driver.findElement(By.id("figure")).getText();
        long denominator = Long.parseLong(figure.replaceAll("(?s).*out of (\\d+).*", "$1"));
        assertThat(driver.findElements(By.cssSelector("#events thead th")).stream().map(WebElement::getText))
                .contains("Due by", "Outcome", "Team", "Worker");
        List<WebElement> visits = driver.findElements(By.cssSelector("#events tbody tr"));
        long listedNumerator = visits.stream().mapToLong(r -> Long.parseLong(r.getAttribute("data-numerator"))).sum();
        long listedDenominator = visits.stream().mapToLong(r -> Long.parseLong(r.getAttribute("data-denominator"))).sum();
        assertThat(listedNumerator).isEqualTo(numerator);
        assertThat(listedDenominator).isEqualTo(denominator);
        assertThat(denominator).isPositive();
        screenshot(driver, "scorecard-visits");

        theTrendDrawsItsImportedComparators();
        theAnalystRecalculatesARangeSeeingItUnderWayThenEachMonthsResult();

        driver.get(portal.baseUrl() + "performance/scorecard.xhtml");
        waitForHeading(driver);
        String href = driver.findElement(By.id("export-excel")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheet("Scorecard");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Indicator");
            Row cla = null;
            for (Row row : sheet) {
                if (row.getCell(1) != null && "Children in care".equals(row.getCell(1).getStringCellValue())) {
                    cla = row;
                }
            }
            assertThat(cla).isNotNull();
            assertThat(cla.getCell(0).getStringCellValue()).isEqualTo("Children remain within or return to their birth families");
            assertThat(cla.getCell(14).getNumericCellValue()).isEqualTo(Double.parseDouble(latest.replace(",", "")));
            assertThat(sheet).anyMatch(row -> row.getCell(1) != null
                    && "Continuing care packages under clinical review".equals(row.getCell(1).getStringCellValue()));
        }
    }

    /**
     * A range of frozen months recalculated under one reason: while the months are counted the status line says
     * which, and the page comes back with the result month by month and a recalculation entry for each month.
     */
    private void theAnalystRecalculatesARangeSeeingItUnderWayThenEachMonthsResult() throws Exception {
        driver.get(portal.baseUrl() + "performance/scorecard.xhtml");
        waitForHeading(driver);
        java.time.YearMonth last = java.time.YearMonth.now(java.time.Clock.systemUTC()).minusMonths(1);
        java.time.YearMonth first = last.minusMonths(2);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        WebElement month = driver.findElement(By.id("recalculate-form:month"));
        month.clear();
        month.sendKeys(first.toString());
        driver.findElement(By.id("recalculate-form:to")).sendKeys(last.toString());
        // First with the form held back, to read the status line the button writes before the page is sent.
        js.executeScript("document.getElementById('recalculate-form').addEventListener('submit',"
                + " function (e) { e.preventDefault(); }, {once: true});");
        driver.findElement(By.id("recalculate-form:recalculate")).click();
        WebElement progress = driver.findElement(By.id("recalculate-progress"));
        assertThat(progress.getAttribute("role")).isEqualTo("status");
        assertThat(progress.getText()).startsWith("Recalculating " + first + " to " + last + ":");

        String reason = "Care period recorded late, checked in the browser " + System.nanoTime();
        driver.findElement(By.id("recalculate-form:reason")).sendKeys(reason);
        Browser.submit(driver, By.id("recalculate-form:recalculate"));
        waitForHeading(driver);
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("Recalculated " + first + " to " + last + " (3 months):")
                .containsPattern("(By month: |No month's figures changed)");
        assertThat(driver.findElements(By.cssSelector("#recalculations tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains(reason))).hasSize(3);
        screenshot(driver, "scorecard-recalculated-range");
    }

    /** A figure with published comparators draws each as a line beside its series, on an axis from zero. */
    private void theTrendDrawsItsImportedComparators() throws Exception {
        driver.get(portal.baseUrl() + "performance/indicator.xhtml?id=cla-rate");
        waitForHeading(driver);
        String chart = null;
        for (int tries = 0; chart == null && tries < 50; tries++) {
            chart = (String) ((JavascriptExecutor) driver).executeScript(
                    "var canvas = document.querySelector('#trend canvas');"
                            + "var c = canvas && window.Chart ? Chart.getChart(canvas) : null;"
                            + "return c && c.scales.y ? JSON.stringify({min: c.scales.y.min,"
                            + " sets: c.data.datasets.map(function (d) { return d.label; })}) : null;");
            if (chart == null) {
                Thread.sleep(100);
            }
        }
        assertThat(chart).as("the rate's trend from zero with the statistical neighbours, region and England")
                .contains("\"min\":0").contains("\"Statistical neighbours\"").contains("\"Region\"").contains("\"England\"");
        assertThat(driver.findElement(By.id("comparators")).getText()).contains("Statistical neighbours", "Region", "England");
        screenshot(driver, "scorecard-trend-comparators");
    }

    /**
     * At 390 px each table stays a table, its column headings over its figures, scrolling sideways inside its
     * keyboard-reachable region while the page itself does not.
     */
    private void theScorecardStaysATableOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        waitForHeading(driver);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue()).as("the page itself does not scroll sideways on a phone").isLessThanOrEqualTo(0);
        List<WebElement> tables = driver.findElements(By.cssSelector("table.hb-scorecard"));
        assertThat(tables).allSatisfy(t -> assertThat(t.getAttribute("class")).doesNotContain("hb-reflow"));
        assertThat(driver.findElement(By.cssSelector("table.hb-scorecard thead th[data-col='target']")).isDisplayed()).isTrue();
        // Each rating keeps its words on one line, not a letter a line.
        WebElement rating = driver.findElement(By.cssSelector("tr[data-indicator='re-referrals'] td[data-rag]"));
        assertThat(((Number) js.executeScript("return arguments[0].getBoundingClientRect().width;", rating)).doubleValue())
                .as("width of a rating cell on a phone").isGreaterThan(40);
        WebElement region = tables.get(0).findElement(By.xpath(".."));
        assertThat(((Number) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", region))
                .longValue()).as("the table scrolls inside its region").isPositive();
        screenshot(driver, "scorecard-390");
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.navigate().refresh();
        waitForHeading(driver);
    }

    /** At 1366 px: the point of each table on screen, the page not wider than the window, few tab stops. */
    private void theScorecardFitsAt1366() throws Exception {
        driver.get(portal.baseUrl() + "performance/scorecard.xhtml");
        signIn(driver, "olivia.brown", PASSWORD);
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo("Monthly scorecard");
        assertThat(driver.findElements(By.cssSelector("table.hb-scorecard caption")).stream().map(WebElement::getText))
                .anyMatch(t -> t.startsWith("Permanence and placement stability"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        assertThat(viewport).isGreaterThan(1300);
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue())
                .as("the page itself does not scroll sideways").isLessThanOrEqualTo(viewport);
        List<WebElement> tables = driver.findElements(By.cssSelector("table.hb-scorecard"));
        assertThat(tables).isNotEmpty();
        for (WebElement table : tables) {
            WebElement first = table.findElement(By.cssSelector("tbody tr"));
            for (String column : List.of("latest", "target", "rating", "direction", "comparator-previous-year",
                    "comparator-STATISTICAL_NEIGHBOURS", "comparator-REGION", "comparator-ENGLAND")) {
                WebElement cell = first.findElement(By.cssSelector("td[data-col='" + column + "']"));
                double right = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right;", cell))
                        .doubleValue();
                assertThat(right).as(column + " of " + table.getAttribute("data-group") + " within the 1366 px window")
                        .isLessThanOrEqualTo(viewport);
            }
            WebElement region = table.findElement(By.xpath(".."));
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("aria-label")).isNotBlank();
            // One link per indicator row: its name.
            for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
                assertThat(row.findElements(By.cssSelector("a, button, [tabindex='0']"))).hasSize(1);
            }
        }
        long tabStops = ((Number) js.executeScript("return Array.prototype.filter.call(document.querySelectorAll("
                + "'a[href], button, input, select, textarea, [tabindex]'), function (e) {"
                + " return e.tabIndex >= 0 && !e.disabled && e.offsetParent !== null; }).length;")).longValue();
        long rows = driver.findElements(By.cssSelector("table.hb-scorecard tbody tr")).size();
        assertThat(tabStops).as("tab stops on the scorecard").isLessThan(rows + tables.size() + 60);
        screenshot(driver, "scorecard-1366");
    }
}
