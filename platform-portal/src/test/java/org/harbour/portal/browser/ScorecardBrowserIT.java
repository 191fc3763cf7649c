package org.harbour.portal.browser;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * An analyst's manager opens the scorecard, follows the latest "children in care" figure to the
 * children behind it and the latest "visits within timescale" figure to the visits behind it (the
 * rows add up to the figure), and downloads the scorecard as Excel: the workbook holds the page's
 * figure.
 */
class ScorecardBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";

    ScorecardBrowserIT() {
        // A fresh database each run: the scorecard's frozen months must come from this run's demo data.
        super("scorecard-portal", true);
    }

    @Test
    void theScorecardDrillsDownToTheChildrenAndExportsToExcel() throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "performance/scorecard.xhtml");
        signIn(driver, "admin", PASSWORD);
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).isEqualTo("Monthly scorecard");
        assertThat(driver.findElements(By.cssSelector("table.hb-scorecard caption")).stream().map(WebElement::getText))
                .anyMatch(t -> t.startsWith("Permanence and placement stability"));
        WebElement claRow = driver.findElement(By.cssSelector("tr[data-indicator='cla']"));
        List<WebElement> cells = claRow.findElements(By.cssSelector("td.hb-num"));
        // The figure is the cell's link; a frozen month whose records changed since also says so below it.
        String latest = cells.get(12).findElement(By.cssSelector("a.hb-drill")).getText().trim();
        assertThat(latest).matches("[\\d,]+");
        // The rating is written out, not shown by colour alone.
        assertThat(driver.findElement(By.cssSelector("tr[data-indicator='re-referrals'] td[data-rag]")).getText())
                .matches("(Green|Amber|Red|None).*");
        // Continuing care's two indicators, counted by that module, sit in their outcome groups like any other.
        assertThat(driver.findElements(By.cssSelector(
                "tr[data-indicator='continuing-care.referrals-decided-in-time'] td[data-rag]"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(
                "tr[data-indicator='continuing-care.packages-under-clinical-review'] td.hb-num")).get(12).getText())
                .matches("[\\d,]+");
        screenshot(driver, "scorecard");

        cells.get(12).findElement(By.cssSelector("a.hb-drill")).click();
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).startsWith("Children in care:");
        assertThat(waitFor(driver, By.id("numerator")).getText()).isEqualTo(latest.replace(",", ""));
        int listed = driver.findElements(By.cssSelector("#children tbody tr")).size();
        int withheld = driver.findElements(By.id("withheld")).isEmpty() ? 0 : Integer.parseInt(
                driver.findElement(By.id("withheld")).getText().replaceAll("^(\\d+).*", "$1"));
        assertThat(listed + withheld).isEqualTo(Integer.parseInt(latest.replace(",", "")));
        screenshot(driver, "scorecard-children");

        // Visits within timescale are events: the drill-down lists each visit, its due date and whether it was
        // on time, and the rows (with those withheld) add up to the numerator and the denominator.
        driver.navigate().back();
        waitForHeading(driver);
        WebElement visitsCell = driver.findElement(By.cssSelector("tr[data-indicator='visits-in-timescale']"))
                .findElements(By.cssSelector("td.hb-num")).get(12);
        visitsCell.findElement(By.cssSelector("a.hb-drill")).click();
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("page-heading")).getText()).startsWith("Visits within timescale:");
        long numerator = Long.parseLong(waitFor(driver, By.id("numerator")).getText());
        String figure = driver.findElement(By.id("figure")).getText();
        long denominator = Long.parseLong(figure.replaceAll("(?s).*out of (\\d+).*", "$1"));
        assertThat(driver.findElements(By.cssSelector("#events thead th")).stream().map(WebElement::getText))
                .contains("Due by", "Outcome");
        List<WebElement> visits = driver.findElements(By.cssSelector("#events tbody tr"));
        long listedNumerator = visits.stream().mapToLong(r -> Long.parseLong(r.getAttribute("data-numerator"))).sum();
        long listedDenominator = visits.stream().mapToLong(r -> Long.parseLong(r.getAttribute("data-denominator"))).sum();
        long withheldNumerator = 0;
        long withheldDenominator = 0;
        if (!driver.findElements(By.id("withheld")).isEmpty()) {
            String text = driver.findElement(By.id("withheld")).getText();
            withheldNumerator = Long.parseLong(text.replaceAll("(?s).*add (\\d+) to the numerator.*", "$1"));
            withheldDenominator = Long.parseLong(text.replaceAll("(?s).*and (\\d+) to the denominator.*", "$1"));
        }
        assertThat(listedNumerator + withheldNumerator).isEqualTo(numerator);
        assertThat(listedDenominator + withheldDenominator).isEqualTo(denominator);
        assertThat(denominator).isPositive();
        screenshot(driver, "scorecard-visits");

        driver.navigate().back();
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
}
