package org.harbour.portal.browser;



import org.harbour.portal.it.DemoDataTemplate;

import org.harbour.portal.it.TestWorkFactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The portal started exactly as a newcomer starts it, with the README's {@code ./harbour run},
 * on a free port and its own data directory. Stopped with SIGTERM, which the run command
 * handles as it handles Ctrl-C: a build started in the background has SIGINT ignored, and a
 * shell cannot trap a signal it started with ignored.
 */
public final class RunningPortal implements AutoCloseable {

    // Generous: on a shared, loaded machine a start has taken over four minutes.
    private static final Duration START_LIMIT = Duration.ofMinutes(7);

    private final Path dataDir;
    private final int port;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final long startedNanos = System.nanoTime();
    private volatile long readyNanos;

    private RunningPortal(Path dataDir, int port) throws IOException {
        this.dataDir = dataDir;
        this.port = port;
        Files.createDirectories(dataDir);
        Path root = Path.of(System.getProperty("harbour.root", ".."));
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("harbour").toString(), "run")
                .directory(root.toFile())
                .redirectErrorStream(true);
        builder.environment().put("HARBOUR_PORT", Integer.toString(port));
        builder.environment().put("HARBOUR_DATA_DIR", dataDir.toString());
        builder.environment().put("HARBOUR_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC " + TestWorkFactor.option());
        process = builder.start();
        Thread reader = new Thread(this::readOutput, "portal-output-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a portal on a free port with the given data directory and waits until it is ready. */
    public static RunningPortal start(Path dataDir) throws IOException, InterruptedException {
        RunningPortal portal = new RunningPortal(dataDir, freePort());
        portal.awaitReady();
        return portal;
    }

    /**
     * Starts a portal on the data kept in the directory or, when it has no database, on a copy of the test run's
     * {@link DemoDataTemplate} (a first start otherwise).
     */
    public static RunningPortal startOnDemoData(Path dataDir) throws IOException, InterruptedException {
        if (DemoDataTemplate.inUse() && !Files.exists(dataDir.resolve("derby"))) {
            DemoDataTemplate.copyInto(dataDir);
        }
        return start(dataDir);
    }

    /** Empties the directory, then starts as {@link #startOnDemoData}: for a test that must not meet what an earlier run saved. */
    public static RunningPortal startOnFreshDemoData(Path dataDir) throws IOException, InterruptedException {
        DemoDataTemplate.delete(dataDir);
        return startOnDemoData(dataDir);
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter log = new PrintWriter(Files.newBufferedWriter(dataDir.resolve("run-command.log")))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                log.println(line);
                log.flush();
                if (line.contains("Harbour is ready")) {
                    readyNanos = System.nanoTime();
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            output.add("(output closed: " + e.getMessage() + ")");
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!ready.await(1, TimeUnit.SECONDS)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                killAll();
                throw new IllegalStateException("The portal did not become ready; its output ends with:\n"
                        + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())));
            }
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Seconds from launching the run command until it said the portal was ready. */
    public double secondsToReady() {
        return (readyNanos - startedNanos) / 1e9;
    }

    public long pid() {
        return process.pid();
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    /** Stops the portal as Ctrl-C or a service manager does and returns the run command's exit code. */
    public int stop(Duration limit) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            return process.exitValue();
        }
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            killAll();
            throw new IllegalStateException("The portal did not stop within " + limit);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(60));
        }
    }

    /** The run command's Java child would outlive its shell: kill the whole tree. */
    private void killAll() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
