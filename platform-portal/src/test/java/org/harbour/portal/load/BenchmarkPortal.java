package org.harbour.portal.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One portal as the run command starts it ({@code --nocluster}, Derby in a data directory, demo data),
 * on a fresh data directory and a free port, for the load benchmark to drive and weigh.
 */
final class BenchmarkPortal implements AutoCloseable {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private final Process process;
    private final int port;

    private BenchmarkPortal(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BenchmarkPortal start(Path war, Path microJar, Path workDir, String javaOptions) throws Exception {
        Path data = workDir.resolve("data");
        deleteTree(data);
        Files.createDirectories(data);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(List.of(javaOptions.trim().split("\\s+")));
        command.addAll(List.of(
                "-Dharbour.data.dir=" + data,
                "-Dharbour.demo-data.enabled=true",
                // Not a secret: the pseudonyms of a throw-away demo database.
                "-Dharbour.performance.pseudonym-key=load-benchmark-only-pseudonym-key-not-a-secret",
                "-Dderby.stream.error.file=" + data.resolve("derby.log"),
                "-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster",
                // As the run command: one instance keeps its sessions in memory.
                "--prebootcommandfile", microJar.getParent().getParent().resolve("src/main/payara/one-instance.asadmin").toString()));
        Path log = workDir.resolve("portal.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        BenchmarkPortal portal = new BenchmarkPortal(process, port);
        try {
            portal.awaitReady(log);
        } catch (Exception | Error e) {
            portal.close();
            throw e;
        }
        return portal;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Bytes of the portal's heap still reachable after a full collection (the JDK's class histogram forces one). */
    long liveHeapBytes() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Matcher total = HISTOGRAM_TOTAL.matcher(output);
        if (!total.find()) {
            throw new IllegalStateException("No heap histogram from jcmd: " + output.lines().limit(3).toList());
        }
        return Long.parseLong(total.group(1));
    }

    private void awaitReady(Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start-up; see " + log);
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(base().resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The portal was not ready within 20 minutes; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
