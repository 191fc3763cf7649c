package org.harbour.portal.it;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives each integration test class a portal that starts as a new installation, whatever ran
 * before it in the same test JVM, so classes pass in any order:
 * <ol>
 * <li>the portal of the class before has stopped. Arquillian only signals it to stop; left
 *     running, its scheduled jobs (every second in the tests) kept writing to the shared
 *     PostgreSQL database while the next class's portal migrated it and loaded demo data, and
 *     it could append to the shared audit checkpoint file;</li>
 * <li>the data directory the portal is given ({@code -Dharbour.data.dir}) is emptied: the audit
 *     key and checkpoints of an earlier class's chain are gone;</li>
 * <li>the portal's database is made afresh: a copy of a database in which a portal of this test JVM ran
 *     the migrations and loaded the demo data ({@link DemoDataTemplate} on Derby, {@link PostgresDemoDataTemplate}
 *     on PostgreSQL), that portal's audit key and checkpoints copied into the emptied data directory; or an
 *     empty database for a class marked {@link FirstStart}.</li>
 * </ol>
 * The cluster test manages its own instances and database and is left alone.
 */
public class FreshStartPerTestClass implements TestExecutionListener {

    private static final Pattern DB_URL = Pattern.compile("-Dharbour\\.db\\.url=(jdbc:postgresql:\\S+)");
    private static final Pattern DATA_DIR = Pattern.compile("-Dharbour\\.data\\.dir=(\\S+)");
    /** A portal finishes its work under way and stops in seconds; one that takes longer is killed. */
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

    @Override
    public void executionStarted(TestIdentifier test) {
        if (!isPortalTestClass(test)) {
            return;
        }
        awaitPortalsStopped();
        String options = System.getProperty("payara.cmdOptions", "");
        Path dataDir = option(DATA_DIR, options).map(Path::of).orElse(null);
        if (dataDir == null) {
            return;
        }
        empty(dataDir);
        Optional<String> postgres = option(DB_URL, options);
        if (postgres.isPresent()) {
            PostgresDemoDataTemplate.prepareNextStart(postgres.get(), dataDir, isFirstStart(test));
        } else if (DemoDataTemplate.inUse()) {
            DemoDataTemplate.prepareNextStart(dataDir, isFirstStart(test));
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (isPortalTestClass(test)) {
            awaitPortalsStopped();
        }
    }

    private static boolean isFirstStart(TestIdentifier test) {
        String name = ((ClassSource) test.getSource().orElseThrow()).getClassName();
        try {
            return Class.forName(name, false, FreshStartPerTestClass.class.getClassLoader())
                    .isAnnotationPresent(FirstStart.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No test class " + name, e);
        }
    }

    private static boolean isPortalTestClass(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        return source instanceof ClassSource type && type.getClassName().endsWith("IT")
                && !type.getClassName().contains(".cluster.");
    }

    /** Waits for every Payara Micro this test JVM started to exit, killing one that outstays the limit. */
    static void awaitPortalsStopped() {
        List<ProcessHandle> portals = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
                .toList();
        long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
        for (ProcessHandle portal : portals) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                portal.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                System.err.println("A portal (pid " + portal.pid() + ") did not stop within " + STOP_LIMIT
                        + " of the end of its test class: killed");
                portal.destroyForcibly();
                portal.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Cannot wait for portal " + portal.pid(), e);
            }
        }
    }

    private static Optional<String> option(Pattern pattern, String options) {
        Matcher m = pattern.matcher(options);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static void empty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(dir)).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the test portal's data directory " + dir, e);
        }
    }
}
