package org.harbour.portal.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.follow;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * A child's way through continuing care as the people involved would take it: the nurse assessor
 * refers a child from her caseload, is told what evidence is missing, completes the checklist and
 * the Decision Support Tool; the commissioning manager proposes a package and its funding split,
 * lists the case at the funding panel, reads the panel paper with its costs, records attendance
 * and the decision, and agrees the package. One story, so the steps run in order on one portal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContinuingCareBrowserIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String[] REQUIRED = {"CONSENT", "GP_SUMMARY", "CONSULTANT_REPORT", "NURSING_CARE_PLAN", "MEDICATION_CHART"};

    private RunningPortal portal;
    private WebDriver helen;
    private WebDriver raj;
    private String childName;
    private String referralPage;

    @BeforeAll
    void start() throws Exception {
        Path dataDir = Path.of(System.getProperty("harbour.it.workDir", "target/it"), "continuing-care-journey");
        portal = RunningPortal.startOnFreshDemoData(dataDir);
        helen = Browser.headlessChromium();
        raj = Browser.headlessChromium();
    }

    @AfterAll
    void stop() throws Exception {
        for (WebDriver driver : new WebDriver[]{helen, raj}) {
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
    void theAssessorRefersAChildAndIsToldWhatEvidenceIsMissing() throws Exception {
        helen.get(portal.baseUrl() + "continuing-care/index.xhtml");
        signIn(helen, "helen.ward", PASSWORD);
        waitForHeading(helen);
        assertThat(helen.findElement(By.id("cc-timeliness")).getText()).contains("Median days from referral to decision");
        WebElement refer = helen.findElement(By.cssSelector("#refer-children a"));
        childName = refer.getText().replace("Refer ", "");
        follow(helen, refer);
        waitForHeading(helen);
        helen.findElement(By.id("refer-form:reason")).sendKeys("Tracheostomy care overnight; family exhausted.");
        submit(helen, By.id("refer-form:refer"));
        waitFor(helen, By.id("referral-status"));
        referralPage = helen.getCurrentUrl();
        assertThat(helen.findElement(By.id("gaps")).getText()).contains("Medication administration record");

        helen.findElement(By.id("gate-form:assessor")).sendKeys("helen.ward");
        submit(helen, By.id("gate-form:send-to-assessment"));
        assertThat(waitFor(helen, By.id("messages")).getText()).contains("cannot go to assessment")
                .contains("Report of the lead consultant or paediatrician");
        screenshot(helen, "cc-checklist-gaps");

        for (String item : REQUIRED) {
            WebElement input = helen.findElement(By.cssSelector("tr[data-item='" + item + "'] input"));
            ((JavascriptExecutor) helen).executeScript("arguments[0].value = arguments[1];", input, LocalDate.now().toString());
        }
        submit(helen, By.id("checklist-form:save-checklist"));
        assertThat(waitFor(helen, By.id("messages")).getText()).contains("all required evidence is in");
        WebElement assessor = helen.findElement(By.id("gate-form:assessor"));
        assessor.clear();
        assessor.sendKeys("helen.ward");
        submit(helen, By.id("gate-form:send-to-assessment"));
        assertThat(waitFor(helen, By.id("referral-status")).getText()).isEqualTo("With the assessor");
    }

    @Test
    @Order(2)
    void theAssessorCompletesTheDecisionSupportTool() throws Exception {
        for (WebElement level : helen.findElements(By.cssSelector("#assessment-form select[id$=':level']"))) {
            new Select(level).selectByVisibleText("High");
        }
        new Select(helen.findElement(By.id("assessment-form:recommendation"))).selectByValue("ELIGIBLE");
        helen.findElement(By.id("assessment-form:preferences")).sendKeys("Care at home; stay at her school.");
        submit(helen, By.id("assessment-form:complete-assessment"));
        assertThat(waitFor(helen, By.id("referral-status")).getText()).isEqualTo("Ready for panel");
        screenshot(helen, "cc-assessed");
    }

    @Test
    @Order(3)
    void theCommissionerProposesAPackageWithItsFundingSplit() throws Exception {
        raj.get(referralPage);
        signIn(raj, "raj.patel", PASSWORD);
        waitFor(raj, By.id("referral-status"));
        raj.findElement(By.id("package-form:provider")).sendKeys("Brightwater Children's Nursing");
        new Select(raj.findElement(By.id("package-form:type"))).selectByValue("HOME_CARE");
        raj.findElement(By.id("package-form:weekly-cost")).sendKeys("2100.00");
        submit(raj, By.id("package-form:propose"));
        assertThat(waitFor(raj, By.id("packages")).getText()).contains("2100.00").contains("109200.00");

        raj.findElement(By.id("split-form:health")).sendKeys("60");
        raj.findElement(By.id("split-form:social-care")).sendKeys("30");
        raj.findElement(By.id("split-form:education")).sendKeys("9.99");
        submit(raj, By.id("split-form:add-split"));
        assertThat(waitFor(raj, By.id("split-form:health")).findElement(By.xpath("..")).getText()).contains("must total exactly 100%");
        WebElement education = raj.findElement(By.id("split-form:education"));
        education.clear();
        education.sendKeys("10");
        submit(raj, By.id("split-form:add-split"));
        assertThat(waitFor(raj, By.id("messages")).getText()).contains("Funding split recorded");
        assertThat(raj.findElement(By.id("packages")).getText()).contains("60.00 / 30.00 / 10.00");
    }

    @Test
    @Order(4)
    void thePanelReadsThePaperWithItsCostsAndDecidesOnceWithAQuorum() throws Exception {
        raj.get(portal.baseUrl() + "continuing-care/index.xhtml");
        waitForHeading(raj);
        // The chair schedules today's sitting of the funding panel (the first panel listed).
        WebElement meetsOn = raj.findElement(By.cssSelector("#panels-form input[type=date]"));
        ((JavascriptExecutor) raj).executeScript("arguments[0].value = arguments[1];", meetsOn, LocalDate.now().toString());
        submit(raj, By.cssSelector("#panels-form input[id$='schedule']"));
        assertThat(waitFor(raj, By.id("messages")).getText()).contains("Meeting scheduled");
        follow(raj, By.linkText("Meeting of " + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        waitForHeading(raj);
        // This journey's referral, by its id: the child may have an earlier one waiting too.
        String referralId = referralPage.replaceAll(".*[?&]id=(\\d+).*", "$1");
        Select referral = new Select(raj.findElement(By.id("agenda-form:referral")));
        assertThat(referral.getOptions().stream().filter(o -> o.getAttribute("value").equals(referralId))
                .findFirst().orElseThrow().getText()).startsWith(childName);
        referral.selectByValue(referralId);
        submit(raj, By.id("agenda-form:list-case"));
        WebElement paperLink = waitFor(raj, By.cssSelector("a.panel-paper"));

        String paper = pdfText(paperLink.getAttribute("href"));
        assertThat(paper).contains("Current package").contains("Proposed package")
                .contains("£2,100.00").contains("£109,200.00")
                .contains("Health (ICB)").contains("60%").contains("£1,260.00").contains("Education").contains("10%");

        // Attendance: every member present, then the decision.
        for (WebElement box : raj.findElements(By.cssSelector("#attendance-form input[type=checkbox]"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        submit(raj, By.id("attendance-form:save-attendance"));
        assertThat(waitFor(raj, By.id("quorum-state")).getText()).isEqualTo("Quorate");
        WebElement item = raj.findElement(By.cssSelector("article[data-item]"));
        new Select(item.findElement(By.cssSelector("select[id$='outcome']"))).selectByValue("ELIGIBLE");
        item.findElement(By.cssSelector("textarea[id$='reasons']")).sendKeys("Priority need in breathing; high in four domains.");
        submit(raj, item.findElement(By.cssSelector("input[id$='decide']")));
        assertThat(waitFor(raj, By.cssSelector("p.item-outcome")).getText()).contains("Eligible");
        assertThat(raj.findElement(By.cssSelector("a.decision-letter")).isDisplayed()).isTrue();
        screenshot(raj, "cc-decided");
    }

    @Test
    @Order(5)
    void theCommissionerAgreesThePackageAndTheChildsRecordShowsIt() throws Exception {
        raj.get(referralPage);
        waitFor(raj, By.id("referral-status"));
        assertThat(raj.findElement(By.id("referral-outcome")).getText()).isEqualTo("Eligible");
        submit(raj, By.cssSelector("#packages input[id$='agree']"));
        assertThat(waitFor(raj, By.cssSelector("#packages td.package-status")).getText()).isEqualTo("Agreed");
        assertThat(raj.findElement(By.id("packages")).getText()).contains(
                LocalDate.now().plusMonths(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        helen.get(referralPage);
        waitFor(helen, By.id("referral-status"));
        follow(helen, By.linkText("Back to the child's record"));
        waitForHeading(helen);
        helen.findElement(By.linkText("Continuing care")).click();
        assertThat(waitFor(helen, By.id("cc-status")).getText()).contains("Decided");
        assertThat(helen.findElement(By.id("cc-packages")).getText()).contains("Brightwater Children's Nursing").contains("Agreed");
        screenshot(helen, "cc-record-tab");
    }

    @Test
    @Order(6)
    void theCommissionerFiltersTheSupportRegisterToTheChildrenRatedRed() throws Exception {
        raj.get(portal.baseUrl() + "continuing-care/index.xhtml");
        waitForHeading(raj);
        raj.findElement(By.id("dsr-link")).click();
        waitFor(raj, By.id("register"));
        new Select(raj.findElement(By.id("rag-choice"))).selectByValue("RED");
        submit(raj, By.id("filter"));
        WebElement red = waitFor(raj, By.cssSelector("#register tr[data-rag='RED']"));
        assertThat(red.getText()).contains("Red: at immediate risk of admission").contains("Learning disability and autism");
        assertThat(raj.findElements(By.cssSelector("#register tr[data-rag='GREEN'], #register tr[data-rag='AMBER']"))).isEmpty();
        screenshot(raj, "cc-support-register");
    }

    @Test
    @Order(7)
    void everyReferralOnTheAssessorsCaseloadOpensFromTheChildsRecord() throws Exception {
        // Jack Hall's decided referral once failed with a server error: its package had a clinical review held
        // with no outcome recorded. Every child of the demo caseload is opened the way the assessor does it.
        helen.get(portal.baseUrl());
        waitForHeading(helen);
        List<String> children = helen.findElements(By.cssSelector("#caseload a.hb-child-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(children).isNotEmpty();
        int referralsOpened = 0;
        for (String child : children) {
            helen.get(child);
            waitForHeading(helen);
            helen.findElement(By.linkText("Continuing care")).click();
            List<WebElement> status = helen.findElements(By.cssSelector("#cc-status a"));
            if (status.isEmpty()) {
                continue;
            }
            String name = helen.findElement(By.id("page-heading")).getText();
            status.get(0).click();
            assertThat(waitFor(helen, By.id("referral-status")).getText()).as("the referral of %s", name).isNotBlank();
            assertThat(helen.findElements(By.id("error-reference"))).as("the referral of %s", name).isEmpty();
            assertThat(helen.findElement(By.id("packages")).getText()).doesNotContain("null");
            referralsOpened++;
        }
        assertThat(referralsOpened).as("referrals opened from the demo caseload").isGreaterThanOrEqualTo(2);
        screenshot(helen, "cc-referral-from-record");
    }

    /** Fetches the PDF with the browser's session, as a download would, and reads its text. */
    private String pdfText(String href) throws Exception {
        String cookies = raj.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        // Read with a PDF library of the tests' own, so the test compiles in a portal built without the module.
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

}
