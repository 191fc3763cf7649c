package org.harbour.portal.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;

/**
 * What a browser test class shares: the portal as the run command starts it, in a data directory of
 * its own under the integration tests' work directory, and one headless Chromium on it, both started
 * before the class's first test and stopped after its last. A subclass's own {@code @BeforeAll} runs
 * after both are up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnePortalOneBrowser {

    private final String dataDirName;
    private final boolean freshData;

    protected RunningPortal portal;
    protected WebDriver driver;

    /** Keeps the data directory's database from one run to the next (demo data is loaded once). */
    protected OnePortalOneBrowser(String dataDirName) {
        this(dataDirName, false);
    }

    /** @param freshData whether to empty the data directory first, for a test that needs this run's demo data */
    protected OnePortalOneBrowser(String dataDirName, boolean freshData) {
        this.dataDirName = dataDirName;
        this.freshData = freshData;
    }

    @BeforeAll
    void startPortalAndBrowser() throws Exception {
        Path data = Path.of(System.getProperty("harbour.it.workDir", "target/it"), dataDirName);
        portal = freshData ? RunningPortal.startOnFreshDemoData(data) : RunningPortal.startOnDemoData(data);
        driver = Browser.headlessChromium();
    }

    @AfterAll
    void stopBrowserAndPortal() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    /** Back to the sign-in page with no session, as a new visitor. */
    protected void signedOut() {
        driver.get(portal.baseUrl() + "login.xhtml");
        driver.manage().deleteAllCookies();
    }
}
