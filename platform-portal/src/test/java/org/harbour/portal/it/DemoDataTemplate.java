package org.harbour.portal.it;

import org.harbour.core.persistence.EmbeddedDerbySettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A data directory in which a portal has run every migration and loaded the demo data, made once per test JVM
 * and copied for each portal a test class starts. Migrations and demo data are about half of a test portal's
 * start, and every test class starts one: copying their result instead keeps the test command within its time.
 * <p>
 * The copy is what a portal restarted on kept data sees, which {@code ./harbour run} does every day. A first
 * start on an empty database is still tested: by this template itself (a start that fails here fails the
 * class), by {@code PortalRestartIT}, {@code ModuleDeploymentIT} and the whole PostgreSQL rerun, which start
 * from empty databases.
 * <p>
 * Used when the test portals' database address takes its data from here ({@code createFrom=} in
 * {@code payara.cmdOptions}); the template is made again when the portal's WAR or the day has changed, since
 * the demo data is dated from today.
 */
public final class DemoDataTemplate {

    private static final Duration START_LIMIT = Duration.ofMinutes(8);
    private static final List<String> AUDIT_FILES = List.of("audit.key", "audit-checkpoints.txt");

    private DemoDataTemplate() {
    }

    private static final Pattern CREATE_FROM = Pattern.compile(";createFrom=(\\S+)");

    /** Whether the test portals of this run make their database from a copy ({@code createFrom=} in their options). */
    public static boolean inUse() {
        return startDatabase().isPresent();
    }

    private static Optional<Path> startDatabase() {
        Matcher m = CREATE_FROM.matcher(System.getProperty("payara.cmdOptions", ""));
        return m.find() ? Optional.of(Path.of(m.group(1))) : Optional.empty();
    }

    /**
     * Puts the database the next test portal is made from in place: a copy of the template, with its audit key and
     * checkpoints copied into the (emptied) data directory; or, for a class marked {@link FirstStart}, an empty
     * database, on which the portal runs its migrations and loads the demo data itself.
     */
    static void prepareNextStart(Path dataDir, boolean firstStart) {
        Path database = startDatabase().orElseThrow();
        try {
            delete(database);
            Files.createDirectories(dataDir);
            if (firstStart) {
                copyTree(emptyDatabase(), database);
                return;
            }
            Path template = ready();
            copyTree(template.resolve("derby"), database);
            copyAuditFiles(template, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the next test portal's database in place at " + database, e);
        }
    }

    /** A Derby database with nothing in it, made once per test JVM: what a portal's first start finds. */
    private static synchronized Path emptyDatabase() throws IOException {
        Path empty = templateDir().resolveSibling(templateDir().getFileName() + "-empty");
        if (Files.exists(empty.resolve("service.properties"))) {
            return empty;
        }
        delete(empty);
        Files.createDirectories(empty.getParent());
        String url = "jdbc:derby:" + empty.toAbsolutePath();
        // Made as the portal makes a new database: the test portals' copies keep its territory.
        java.util.Properties settings = new java.util.Properties();
        EmbeddedDerbySettings.apply(url, settings);
        try (Connection ignored = DriverManager.getConnection(url + ";create=true", settings)) {
            // created
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make an empty Derby database at " + empty, e);
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown of one database as SQL state 08006
            if (!"08006".equals(shutDown.getSQLState())) {
                throw new IllegalStateException("Cannot close the empty Derby database at " + empty, shutDown);
            }
        }
        return empty;
    }

    /** Copies the whole template (database, audit key and checkpoints) into a data directory that has no database. */
    public static void copyInto(Path dataDir) {
        Path template = ready();
        if (Files.exists(dataDir.resolve("derby"))) {
            throw new IllegalStateException(dataDir + " has a database already");
        }
        copyTree(template, dataDir);
    }

    private static Path templateDir() {
        return Path.of(System.getProperty("harbour.it.templateDir",
                Path.of(System.getProperty("harbour.it.workDir", "target/it"), "template").toString()));
    }

    private static synchronized Path ready() {
        Path template = templateDir();
        String stamp = stamp();
        Path stampFile = template.resolve("made-for.txt");
        try {
            if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
                return template;
            }
            delete(template);
            Path making = template.resolveSibling(template.getFileName() + ".making");
            delete(making);
            make(making, null);
            Files.writeString(making.resolve("made-for.txt"), stamp);
            Files.move(making, template, StandardCopyOption.ATOMIC_MOVE);
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the demo data template " + template, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the demo data template", e);
        }
    }

    /** The portal and the day the template was made for. */
    private static String stamp() {
        Path war = Path.of(System.getProperty("harbour.war", "target/harbour.war"));
        try {
            return war.toAbsolutePath() + " " + Files.size(war) + " " + Files.getLastModifiedTime(war).toMillis()
                    + " " + LocalDate.now();
        } catch (IOException e) {
            throw new UncheckedIOException("No portal WAR at " + war, e);
        }
    }

    /**
     * Starts a portal with the test portals' options on the data directory and the database given (Derby in the
     * data directory when none is), waits until it is ready, and stops it cleanly.
     */
    static void make(Path dir, String databaseUrl) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions());
        command.add("-Dharbour.data.dir=" + dir.toAbsolutePath());
        if (databaseUrl != null) {
            command.add("-Dharbour.db.url=" + databaseUrl);
        }
        command.addAll(List.of("-jar", System.getProperty("harbour.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("harbour.war", "target/harbour.war"),
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster"));
        Path log = dir.resolveSibling(dir.getFileName() + ".log");
        Process portal = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long started = System.nanoTime();
        try {
            awaitReady(portal, port, log);
            System.out.printf("Demo data template made in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, dir);
        } finally {
            portal.destroy();
            if (!portal.waitFor(60, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
                throw new IllegalStateException("The portal making the demo data template did not stop; see " + log);
            }
        }
        if (databaseUrl == null && !Files.isDirectory(dir.resolve("derby"))) {
            throw new IllegalStateException("The demo data template has no database; see " + log);
        }
    }

    private static void awaitReady(Process portal, int port, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal making the demo data template stopped; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal making the demo data template was not ready within "
                + START_LIMIT + "; see " + log);
    }

    /** The test portals' JVM options, less where their database and data are. */
    private static List<String> jvmOptions() {
        return Arrays.stream(System.getProperty("payara.cmdOptions", "").trim().split("\\s+"))
                .filter(o -> !o.isEmpty())
                .filter(o -> !o.startsWith("-Dharbour.db.url=") && !o.startsWith("-Dharbour.data.dir="))
                .toList();
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("made-for.txt")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the demo data template into " + to, e);
        }
    }

    /** The audit key and checkpoints that belong with a template's database, copied into a portal's data directory. */
    static void copyAuditFiles(Path templateData, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        for (String name : AUDIT_FILES) {
            Path file = templateData.resolve(name);
            if (Files.exists(file)) {
                Files.copy(file, dataDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Deletes a directory and everything in it, if it exists. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
