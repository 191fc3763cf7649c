package org.harbour.portal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * Maria Costa, Pause practitioner, finds a woman in the cohort computed from the records, takes her
 * to the forum, records the forum's offer and her consent, takes her on and records her baseline
 * outcomes; she is then on Maria's caseload, and among the women counted when the measures are recalculated. One story on the demo data, whichever woman of the
 * cohort is not yet with Pause.
 */
class PauseBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";

    PauseBrowserIT() {
        super("pause-journey");
    }

    @Test
    void mariaFindsAWomanTakesHerToTheForumAllocatesHerAndRecordsHerBaseline() throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "pause/index.xhtml");
        signIn(driver, "maria.costa", PASSWORD);
        waitForHeading(driver);
        follow(driver, By.id("cohort-link"));
        assertThat(waitFor(driver, By.id("page-heading")).getText()).isEqualTo("Pause cohort");

        // Any woman of the cohort not yet with Pause: find her by name, and see why she is there.
        WebElement row = driver.findElements(By.cssSelector("#cohort tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("a.refer-link")).isEmpty()).findFirst().orElseThrow();
        String name = row.findElement(By.tagName("th")).getText();
        driver.findElement(By.id("finder-form:name")).sendKeys(name);
        submit(driver, By.id("finder-form:search"));
        waitFor(driver, By.cssSelector("#cohort tbody tr"));
        List<WebElement> found = driver.findElements(By.cssSelector("#cohort tbody tr"));
        assertThat(found).isNotEmpty().allSatisfy(r -> assertThat(r.findElement(By.tagName("th")).getText()).contains(name));
        assertThat(found.get(0).getText()).contains("Removal 1 from").contains("care order");
        screenshot(driver, "pause-cohort");
        follow(driver, found.get(0).findElement(By.cssSelector("a.refer-link")));

        assertThat(waitFor(driver, By.id("page-heading")).getText()).isEqualTo("Refer " + name + " to the Pause forum");
        assertThat(driver.findElement(By.id("reasons")).getText()).contains("Removal 2 from");
        driver.findElement(By.id("refer-form:reason")).sendKeys("She asked her midwife about support after her second removal.");
        submit(driver, By.id("refer-form:refer"));
        assertThat(waitFor(driver, By.id("stage")).getText()).isEqualTo("Referred to the forum");

        new Select(driver.findElement(By.id("decision-form:decision"))).selectByVisibleText("Offer the programme");
        driver.findElement(By.id("decision-form:reasons")).sendKeys("Young woman with a new second removal; ready to engage.");
        submit(driver, By.id("decision-form:decide"));
        assertThat(waitFor(driver, By.id("stage")).getText()).isEqualTo("Offered a place");
        assertThat(driver.findElement(By.id("forum-decision")).getText()).contains("Offer the programme").contains("ready to engage");

        submit(driver, By.id("consent-form:answer"));
        assertThat(waitFor(driver, By.id("stage")).getText()).isEqualTo("Consented, awaiting a practitioner");

        new Select(driver.findElement(By.id("allocate-form:practitioner"))).selectByValue("maria.costa");
        submit(driver, By.id("allocate-form:allocate"));
        assertThat(waitFor(driver, By.id("stage")).getText()).isEqualTo("Engagement phase");
        assertThat(driver.findElement(By.id("practitioner")).getText()).isEqualTo("Maria Costa");

        new Select(driver.findElement(By.id("outcome-form:point"))).selectByVisibleText("Baseline");
        for (String area : List.of("housing", "substanceMisuse", "domesticAbuse", "mentalHealth", "educationWork", "childContact")) {
            new Select(driver.findElement(By.id("outcome-form:" + area))).selectByVisibleText("Some concerns");
        }
        new Select(driver.findElement(By.id("outcome-form:housing"))).selectByVisibleText("Serious concerns");
        submit(driver, By.id("outcome-form:record-outcome"));
        WebElement baseline = waitFor(driver, By.cssSelector("#outcomes tr[data-point='BASELINE']"));
        assertThat(baseline.getText()).contains("Baseline").contains("Serious concerns").contains("Some concerns");
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Baseline outcomes recorded");
        screenshot(driver, "pause-woman");

        driver.get(portal.baseUrl() + "pause/index.xhtml");
        assertThat(waitFor(driver, By.id("my-caseload")).getText()).contains(name);

        // The measures, recalculated from the records: she is among the women in the programme this month.
        follow(driver, By.id("dashboard-link"));
        assertThat(waitFor(driver, By.id("page-heading")).getText()).isEqualTo("Pause dashboard");
        String before = driver.findElement(By.id("computed-at")).getText();
        submit(driver, By.id("recalculate-form:recalculate"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Measures recalculated");
        assertThat(driver.findElement(By.id("computed-at")).getText()).isNotBlank();
        assertThat(before).isNotBlank();
        WebElement inProgramme = driver.findElement(By.cssSelector("#counted-women tr[data-measure='pause.women-engaged']"));
        assertThat(inProgramme.findElement(By.tagName("td")).getText()).isNotEqualTo("0");
        assertThat(inProgramme.getText()).contains(name);
        assertThat(driver.findElement(By.cssSelector("#counted-women tr[data-measure='pause.women-referred']")).getText()).contains(name);
        assertThat(driver.findElements(By.cssSelector("#measures tbody tr"))).hasSize(9);
        assertThat(driver.findElements(By.cssSelector("#through-chart, #caseload-chart, #outcomes-chart"))).hasSize(3);
        screenshot(driver, "pause-dashboard");
    }
}
