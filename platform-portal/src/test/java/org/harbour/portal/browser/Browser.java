package org.harbour.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Debian's headless Chromium, driven by Selenium, and what a person does with the portal. */
public final class Browser {

    private Browser() {
    }

    public static WebDriver headlessChromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("harbour.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("harbour-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("harbour.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Signs in on the login page the browser is on (or is sent to). */
    public static void signIn(WebDriver driver, String username, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
    }

    public static void waitForHeading(WebDriver driver) {
        waitFor(driver, By.id("page-heading"));
    }

    /**
     * Waits until the element is shown, e.g. after a click that navigates. An element found on a
     * document that is being replaced is looked up again (Chromium reports it as an unknown error).
     */
    public static WebElement waitFor(WebDriver driver, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks a control that posts the whole page and waits until the browser has left that page,
     * so a following lookup cannot find the old page's element just before it is replaced.
     */
    public static void submit(WebDriver driver, By control) {
        submit(driver, driver.findElement(control));
    }

    /** As {@link #submit(WebDriver, By)}, for a control already found (e.g. within one row of a list). */
    public static void submit(WebDriver driver, WebElement control) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.documentElement.setAttribute('data-hb-old-page', '')");
        control.click();
        // Chromium reports an element of a replaced document as an unknown error rather than a
        // stale element, so the wait asks the page itself whether it is a new one.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return !document.documentElement.hasAttribute('data-hb-old-page')"
                                + " && document.readyState === 'complete'")));
    }

    /**
     * Follows a link to another page and waits until the browser has left this one: most pages share
     * their heading's id, so waiting for the heading alone could read the old page's.
     */
    public static void follow(WebDriver driver, By link) {
        submit(driver, driver.findElement(link));
    }

    /** As {@link #follow(WebDriver, By)}, for a link already found (e.g. within one row of a table). */
    public static void follow(WebDriver driver, WebElement link) {
        submit(driver, link);
    }

    /** Keeps a picture of the page under target/screenshots for whoever reads a failed build. */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The whole page at the window's width, not only what the window shows, so a reader sees every part of
     * the layout (up to {@code maxHeight} css pixels down); a page wider than the window shows its overflow.
     */
    public static void fullPageScreenshot(WebDriver driver, String name, int maxHeight) throws IOException {
        if (!(driver instanceof HasCdp cdp)) {
            screenshot(driver, name);
            return;
        }
        Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        // While the whole page is captured the window is as tall as the page and shows no vertical scrollbar,
        // so the layout takes the window's full width.
        double width = Math.max(((Number) content.get("width")).doubleValue(),
                ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).doubleValue());
        double height = Math.min(maxHeight, ((Number) content.get("height")).doubleValue());
        Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir.resolve(name).getParent());
        Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
