package org.harbour.portal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * Grace Lee, SEND case officer, takes a request for an EHC needs assessment to its final plan:
 * she receives the request (dated 130 days ago, so today is in week 19), decides to assess within
 * 6 weeks, asks the educational psychologist for advice, sends the draft plan, ranks the child's
 * needs and, after the family's 15 days, issues the final plan in week 19: within 20 weeks. My work
 * then lists the final plan's letter with the plan on time, and the 20-week figure, recalculated,
 * counts the child in time, whose record opens from it. On the request page she records that the
 * family asked a mediation adviser about the final plan (an outcome with no appeal is refused). Then
 * she records the plan's first review, decides to amend it and proposes the amendments; the
 * amended plan is refused until the family's 15 days to comment are over.
 */
class SendBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";

    SendBrowserIT() {
        super("send-journey");
    }

    @Test
    void graceTakesARequestToAFinalPlanWithinTwentyWeeks() throws Exception {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        LocalDate received = today.minusDays(130);
        driver.manage().deleteAllCookies();
        driver.get(portal.baseUrl() + "send/index.xhtml");
        signIn(driver, "grace.lee", PASSWORD);
        waitForHeading(driver);
        assertThat(driver.findElement(By.id("caseload-heading")).getText()).isEqualTo("My EHC needs assessments");
        assertThat(driver.findElement(By.id("send-caseload")).getText()).contains("of 20").contains("At risk").contains("Late");

        // Her open requests are in My work with their 20-week clock.
        driver.get(portal.baseUrl() + "work/my-work.xhtml");
        waitForHeading(driver);
        assertThat(driver.getPageSource()).contains("Final EHC plan due (20 weeks)");
        // A child of her own caseload, so that the new request's work comes to her My work.
        String personId = driver.findElement(By.cssSelector("section.hb-child-work[data-person]")).getAttribute("data-person");

        driver.get(portal.baseUrl() + "send/new-request.xhtml?person=" + personId);
        waitForHeading(driver);
        date("request-form:received-on", received);
        new Select(driver.findElement(By.id("request-form:source"))).selectByVisibleText("Parent or carer");
        submit(driver, By.id("request-form:record"));
        assertThat(waitFor(driver, By.id("request-stage")).getText()).isEqualTo("Received: deciding whether to assess");
        String requestPage = driver.getCurrentUrl();

        driver.findElement(By.id("decision-form:assess:0")).click();
        date("decision-form:decided-on", received.plusWeeks(5));
        submit(driver, By.id("decision-form:decide"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Decision recorded.");
        assertThat(driver.findElement(By.id("request-stage")).getText()).isEqualTo("Assessing: gathering advice");

        // The decision goes to the family as a letter; recorded as sent, it no longer waits for one.
        assertThat(driver.findElement(By.id("letters-outstanding")).getText()).contains("Decisions without a letter yet");
        date("letter-form:letter-sent-on", received.plusWeeks(5));
        submit(driver, By.id("letter-form:record-letter"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Letter recorded:");
        assertThat(driver.findElements(By.id("letters-outstanding"))).isEmpty();

        new Select(driver.findElement(By.id("advice-form:kind"))).selectByVisibleText("Educational psychologist's advice");
        driver.findElement(By.id("advice-form:asked-of")).sendKeys("Educational psychology service");
        date("advice-form:asked-on", received.plusWeeks(5).plusDays(1));
        submit(driver, By.id("advice-form:ask"));
        assertThat(waitFor(driver, By.id("advice")).getText()).contains("Educational psychologist's advice")
                .contains("Educational psychology service");

        date("draft-form:draft-on", today.minusDays(16));
        submit(driver, By.id("draft-form:issue-draft"));
        assertThat(waitFor(driver, By.id("request-stage")).getText()).isEqualTo("Draft plan with the family");

        submit(driver, By.id("plan-link"));
        waitForHeading(driver);
        new Select(driver.findElement(By.id("needs-form:primary"))).selectByVisibleText("Autistic spectrum disorder");
        submit(driver, By.id("needs-form:save-needs"));
        assertThat(waitFor(driver, By.id("plan-needs")).getText()).contains("1. Autistic spectrum disorder");

        driver.get(requestPage);
        waitFor(driver, By.id("final-form:final-on"));
        date("final-form:final-on", today);
        submit(driver, By.id("final-form:issue-final"));
        assertThat(waitFor(driver, By.id("request-stage")).getText()).isEqualTo("Final plan issued");
        assertThat(driver.findElement(By.id("request-week")).getText()).isEqualTo("19 of 20");
        assertThat(driver.findElement(By.id("week20-status")).getText()).isEqualTo("Issued within 20 weeks");
        screenshot(driver, "send-final-plan-on-time");

        // The family may appeal the final plan. An outcome with no appeal lodged is refused on its
        // field and in the error summary; the family's call to a mediation adviser is then recorded.
        assertThat(driver.findElement(By.id("appeals")).getText()).contains("The final EHC plan").contains("None lodged");
        new Select(driver.findElement(By.id("appeal-form:outcome"))).selectByVisibleText("Withdrawn by the family");
        date("appeal-form:outcome-on", today);
        submit(driver, By.id("appeal-form:record-appeal"));
        assertThat(waitFor(driver, By.id("error-summary")).getText()).contains("An outcome is for an appeal lodged with the tribunal");
        new Select(driver.findElement(By.id("appeal-form:outcome"))).selectByVisibleText("No outcome yet");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '';", driver.findElement(By.id("appeal-form:outcome-on")));
        driver.findElement(By.id("appeal-form:advice-sought")).click();
        date("appeal-form:certificate-on", today);
        submit(driver, By.id("appeal-form:record-appeal"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Mediation and tribunal recorded for the final EHC plan.");
        assertThat(driver.findElement(By.id("appeals")).getText()).contains("Advice asked for; certificate "
                + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        // In My work the final plan's letter to the family waits, with the plan on time.
        driver.get(portal.baseUrl() + "work/my-work.xhtml");
        waitForHeading(driver);
        assertThat(driver.getPageSource()).contains("Letter to the family: The final EHC plan (issued within 20 weeks)");

        // The 20-week figure, recalculated from the records, counts her child in time; from it, the child's record.
        driver.get(portal.baseUrl() + "send/index.xhtml");
        submit(driver, By.id("measures-link"));
        waitFor(driver, By.id("send-measures"));
        driver.findElement(By.cssSelector("#send-measures tr[data-measure='send.plans-within-20-weeks'] a")).click();
        waitFor(driver, By.id("counted-children"));
        submit(driver, By.id("recalculate-form:recalculate"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Measures recalculated");
        assertThat(driver.findElement(By.cssSelector("#send-measures tr[data-measure='send.plans-within-20-weeks'] .send-figure"))
                .getText()).contains("%");
        WebElement counted = driver.findElement(By.cssSelector("#counted-children tr[data-person='" + personId + "']"));
        assertThat(counted.getText()).contains("Yes (numerator)");
        screenshot(driver, "send-measures-drill-down");
        submit(driver, By.cssSelector("#counted-children tr[data-person='" + personId + "'] a"));
        assertThat(waitFor(driver, By.id("page-heading")).getText()).isNotBlank();
        assertThat(driver.getCurrentUrl()).contains("id=" + personId);
        driver.get(requestPage);
        waitFor(driver, By.id("plan-link"));

        // The first annual review, held today: the report, a decision to amend, the proposed
        // amendments; the amended plan waits for the family's 15 days, and the page says so.
        submit(driver, By.id("plan-link"));
        waitFor(driver, By.id("meeting-form:meeting-on"));
        date("meeting-form:meeting-on", today);
        submit(driver, By.id("meeting-form:record-meeting"));
        assertThat(waitFor(driver, By.id("next-step")).getText()).startsWith("Review report by");
        date("step-form:step-on", today);
        submit(driver, By.id("step-form:report"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("Review report recorded.");
        driver.findElement(By.id("step-form:decision-choice:1")).click();
        date("step-form:step-on", today);
        submit(driver, By.id("step-form:decide"));
        assertThat(waitFor(driver, By.id("decision")).getText()).contains("Amend the plan");
        date("step-form:step-on", today);
        submit(driver, By.id("step-form:propose"));
        assertThat(waitFor(driver, By.id("amendments")).getText())
                .contains(today.plusDays(15).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        date("step-form:step-on", today);
        submit(driver, By.id("step-form:amend"));
        assertThat(waitFor(driver, By.id("messages")).getText()).contains("to comment on the proposed amendments");
        assertThat(driver.findElement(By.id("next-step")).getText()).startsWith("Amended plan by");
        screenshot(driver, "send-review-amendments");
    }

    private void date(String id, LocalDate day) {
        WebElement input = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, day.toString());
    }
}
