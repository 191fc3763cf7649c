package org.harbour.portal.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * axe-core (pinned in src/test/axe, installed by scripts/ensure-axe.sh before the integration tests)
 * run on the page as it stands, for the WCAG 2.2 A and AA rules. Journeys call it on the states an
 * action leads to (a form's error summary, a warning, an open dialog), which a crawl of links cannot reach.
 */
final class Axe {

    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";
    private static String source;

    private Axe() {
    }

    /** The violations on the page now, one line each: rule | element | help. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(source());
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
                   .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                        v.id + ' | ' + n.target.join(' ') + ' | ' + v.help))))
                   .catch(e => done(['axe-core failed | - | ' + e]));
                """.formatted(TAGS));
    }

    private static synchronized String source() {
        if (source == null) {
            Path axe = Path.of(System.getProperty("harbour.axe", "target/axe/node_modules/axe-core/axe.min.js"));
            try {
                source = Files.readString(axe, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is installed by scripts/ensure-axe.sh before the integration tests: " + axe, e);
            }
        }
        return source;
    }
}
