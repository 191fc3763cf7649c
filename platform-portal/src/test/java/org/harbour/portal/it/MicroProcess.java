package org.harbour.portal.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A Payara Micro JVM deploying the given WARs, for tests that need several or a broken one. */
final class MicroProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final int port;

    private MicroProcess(List<Path> wars, Path log) throws IOException {
        port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1536m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", TestWorkFactor.option(), "-Dharbour.demo-data.enabled=true",
                // Its own data directory under the build's output: never the working directory's, which is the repository's.
                "-Dharbour.data.dir=" + Path.of(System.getProperty("harbour.it.workDir", "target/it"), "micro-" + port),
                "-jar", System.getProperty("harbour.microJar", "target/payara-micro.jar"),
                "--port", Integer.toString(port), "--nocluster"));
        for (Path war : wars) {
            command.add("--deploy");
            command.add(war.toString());
        }
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Files.createDirectories(log.getParent());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                    Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                output.add("(output closed)");
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts Payara Micro and waits until it says it is ready (deployments may still have failed). */
    static MicroProcess start(List<Path> wars, Path log) throws Exception {
        MicroProcess micro = new MicroProcess(wars, log);
        // Seven portals in one server: on two busy cores that takes minutes, not seconds.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (micro.output.stream().noneMatch(l -> l.contains("Payara Micro") && l.contains("ready in"))) {
            if (!micro.process.isAlive() || System.nanoTime() > deadline) {
                micro.close();
                throw new IllegalStateException("Payara Micro did not start; see " + log);
            }
            Thread.sleep(500);
        }
        return micro;
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
