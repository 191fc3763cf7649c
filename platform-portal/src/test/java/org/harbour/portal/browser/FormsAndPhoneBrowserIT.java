package org.harbour.portal.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.screenshot;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.submit;
import static org.harbour.portal.browser.Browser.waitFor;
import static org.harbour.portal.browser.Browser.waitForHeading;

/**
 * A form says everything at once: every problem in a summary at the top, focused, each a link to
 * its field, and each message beside its field. On a phone (390 px) the header is compact, the
 * navigation waits behind the Menu button, and the child's record, search results and My work fit
 * the screen's width; at desktop width the chronology's titles stand clear of their text.
 */
class FormsAndPhoneBrowserIT extends OnePortalOneBrowser {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final int PHONE = 390;

    private String childUrl;
    private String familyName;

    FormsAndPhoneBrowserIT() {
        super("browser-forms-phone");
    }

    @BeforeAll
    void signInAsPriya() {
        driver.manage().window().setSize(new Dimension(1366, 900));
        signedOut();
        driver.get(portal.baseUrl());
        signIn(driver, "priya.shah", PASSWORD);
        waitForHeading(driver);
        WebElement child = driver.findElement(By.cssSelector("#caseload tbody tr a.hb-child-link"));
        String[] name = child.getText().trim().split("\\s+");
        familyName = name[name.length - 1];
        childUrl = child.getAttribute("href");
    }

    @Test
    void aFormWithSeveralProblemsListsThemAllInAFocusedSummaryLinkedToTheirFields() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 900));
        String person = childUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        driver.get(portal.baseUrl() + "case/activity.xhtml?person=" + person + "&kind=visit");
        waitForHeading(driver);
        WebElement date = driver.findElement(By.id("activity-form:date"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '';", date);
        new Select(driver.findElement(By.id("activity-form:visit-type"))).selectByIndex(0);
        WebElement seen = driver.findElement(By.id("activity-form:child-seen"));
        if (seen.isSelected()) {
            seen.click();
        }
        driver.findElement(By.id("activity-form:seen-alone")).click();
        submit(driver, By.id("activity-form:save"));

        WebElement summary = waitFor(driver, By.id("error-summary"));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the summary takes focus").isEqualTo("error-summary");
        assertThat(driver.getTitle()).startsWith("Error: ");
        List<String> targets = new ArrayList<>();
        for (WebElement link : summary.findElements(By.cssSelector("li a"))) {
            targets.add(link.getAttribute("href").replaceAll("^.*#", ""));
            assertThat(link.getText()).isNotBlank();
        }
        assertThat(targets).containsExactly("activity-form:date", "activity-form:visit-type", "activity-form:seen-alone");
        assertThat(driver.findElement(By.id("activity-form:seen-alone-error")).getText()).contains("seen alone was seen");
        screenshot(driver, "forms-error-summary");
        assertThat(Axe.violations(driver)).as("WCAG 2.2 A/AA violations with the error summary shown").isEmpty();

        summary.findElement(By.cssSelector("a[href$='seen-alone']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the link takes the user to the field")
                .isEqualTo("activity-form:seen-alone");
    }

    @Test
    void onAPhoneTheHeaderIsCompactTheMenuFoldsAndNothingScrollsSideways() throws Exception {
        driver.manage().window().setSize(new Dimension(PHONE, 844));
        List<String> overflowing = new ArrayList<>();

        driver.get(childUrl);
        waitForHeading(driver);
        Number header = (Number) js("return document.querySelector('.hb-header').getBoundingClientRect().height;");
        WebElement menu = driver.findElement(By.id("nav-toggle"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.findElement(By.id("main-nav")).isDisplayed()).as("navigation folded away").isFalse();
        menu.click();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElement(By.id("main-nav")).isDisplayed()).isTrue();
        assertThat(Axe.violations(driver)).as("WCAG 2.2 A/AA violations with the phone menu open").isEmpty();
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        assertThat(menu.getAttribute("aria-expanded")).as("Escape folds it again").isEqualTo("false");
        checkWidth("the child's record", overflowing);
        screenshot(driver, "phone-child-record");

        driver.get(portal.baseUrl() + "people/search.xhtml");
        waitForHeading(driver);
        driver.findElement(By.id("search-form:familyName")).sendKeys(familyName);
        submit(driver, By.id("search-form:search"));
        waitFor(driver, By.id("results-heading"));
        checkWidth("search results", overflowing);
        screenshot(driver, "phone-search-results");

        driver.get(portal.baseUrl() + "work/my-work.xhtml");
        waitForHeading(driver);
        checkWidth("My work", overflowing);
        screenshot(driver, "phone-my-work");

        assertThat(overflowing).as("pages wider than the phone (page | scroll width | widest element)").isEmpty();
        assertThat(header.doubleValue()).as("header height at 390 px").isLessThan(90);
    }

    @Test
    void chronologyTitlesStandClearOfTheirTextAtDesktopWidth() {
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(childUrl);
        waitForHeading(driver);
        Object overlaps = js("""
                return Array.from(document.querySelectorAll('#chronology li')).filter(li => {
                    const title = li.querySelector(':scope > strong');
                    const detail = li.querySelector('.hb-detail');
                    return title && detail && detail.getBoundingClientRect().top < title.getBoundingClientRect().bottom - 1;
                }).length;""");
        assertThat(((Number) overlaps).intValue()).as("chronology entries whose text runs into the title").isZero();
    }

    private void checkWidth(String page, List<String> overflowing) {
        Object found = js("""
                // The layout's width, without the scrollbar: what the user sees before scrolling sideways.
                const width = document.documentElement.clientWidth;
                const scroll = document.documentElement.scrollWidth;
                if (scroll <= width) { return ''; }
                let widest = null;
                document.querySelectorAll('body *').forEach(e => {
                    const r = e.getBoundingClientRect();
                    if (r.right > width + 1 && (!widest || r.right > widest.r)) { widest = {r: r.right, e: e}; }
                });
                return scroll + ' | ' + (widest ? widest.e.tagName + '#' + widest.e.id + '.' + widest.e.className : '?');""");
        if (!"".equals(found)) {
            overflowing.add(page + " | " + found);
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
