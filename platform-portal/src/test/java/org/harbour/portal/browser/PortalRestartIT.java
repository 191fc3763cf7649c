package org.harbour.portal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbour.portal.browser.Browser.signIn;
import static org.harbour.portal.browser.Browser.waitForHeading;

/** Stopping the run command shuts the portal down cleanly, and starting it again keeps the data. */
class PortalRestartIT {

    private static final String PASSWORD = "Harbour-demo-2026";

    @Test
    void stoppingIsCleanAndTheNextStartKeepsTheData() throws Exception {
        Path dataDir = Path.of(System.getProperty("harbour.it.workDir", "target/it"), "restart-portal");
        deleteRecursively(dataDir);

        try (RunningPortal first = RunningPortal.start(dataDir)) {
            System.out.printf("First start, run command to ready: %.1f s%n", first.secondsToReady());
            assertThat(first.output()).anyMatch(line -> line.contains("Demo data loaded"));
            assertThat(first.stop(Duration.ofSeconds(60))).as("exit code after stopping").isZero();
            assertThat(first.output()).anyMatch(line -> line.contains("Stopped. Data kept in " + dataDir.toAbsolutePath()));
        }
        assertThat(dataDir.resolve("derby")).isDirectory();

        try (RunningPortal second = RunningPortal.start(dataDir); Closeable browser = new Closeable(Browser.headlessChromium())) {
            System.out.printf("Second start, run command to ready: %.1f s%n", second.secondsToReady());
            assertThat(second.output())
                    .anyMatch(line -> line.contains("already has staff accounts"))
                    .noneMatch(line -> line.contains("Demo data loaded in"));

            WebDriver driver = browser.driver();
            driver.get(second.baseUrl());
            signIn(driver, "dan.hughes", PASSWORD);
            waitForHeading(driver);
            assertThat(driver.findElements(By.cssSelector("#caseload tbody tr"))).hasSize(8);
        }
    }

    private record Closeable(WebDriver driver) implements AutoCloseable {
        @Override
        public void close() {
            driver.quit();
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
