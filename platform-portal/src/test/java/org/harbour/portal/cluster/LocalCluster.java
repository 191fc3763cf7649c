package org.harbour.portal.cluster;

import org.harbour.portal.it.TestWorkFactor;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of {@code scripts/cluster.sh} on free loopback ports: two Payara Micro instances in
 * one data grid, nginx in front, a shared PostgreSQL database, one audit key. Whatever it starts, {@link #close()}
 * stops, also when start-up fails half way.
 */
final class LocalCluster implements AutoCloseable {

    static final int NODES = 2;

    private final Path root;
    private final Path runDir;
    private final Map<String, String> environment;
    private final int balancerPort;
    private final int httpBase;
    private final Thread stopOnExit = new Thread(this::stopQuietly);

    private LocalCluster(Path root, Path runDir, String dbUrl) throws IOException {
        this.root = root;
        this.runDir = runDir;
        this.balancerPort = freePorts(1, 20000);
        this.httpBase = freePorts(NODES, 21000);
        int gridBase = freePorts(NODES, 7900);
        this.environment = Map.of(
                "HARBOUR_CLUSTER_DIR", runDir.toString(),
                "HARBOUR_CLUSTER_NODES", Integer.toString(NODES),
                "HARBOUR_CLUSTER_PORT", Integer.toString(balancerPort),
                "HARBOUR_CLUSTER_HTTP_PORT", Integer.toString(httpBase),
                "HARBOUR_CLUSTER_GRID_PORT", Integer.toString(gridBase),
                "HARBOUR_DB_URL", dbUrl,
                "HARBOUR_DEMO_DATA_ENABLED", "true",
                "HARBOUR_JAVA_OPTS", "-Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC " + TestWorkFactor.option(),
                // One audit key for both instances, made for this run only.
                "HARBOUR_AUDIT_KEY", newAuditKey());
    }

    static LocalCluster start(Path root, Path runDir, String dbUrl) throws Exception {
        // Each run has a new database and a new audit key: checkpoints a previous run signed with its key
        // would read as tampering, so they go with it.
        for (int node = 1; node <= NODES; node++) {
            Files.deleteIfExists(runDir.resolve("node" + node).resolve("audit-checkpoints.txt"));
        }
        LocalCluster cluster = new LocalCluster(root, runDir, dbUrl);
        Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
        try {
            cluster.script("start", 8);
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    URI balancer() {
        return URI.create("http://127.0.0.1:" + balancerPort + "/");
    }

    /** Instance 1..NODES, bypassing the load balancer. */
    URI instance(int node) {
        return URI.create("http://127.0.0.1:" + (httpBase + node - 1) + "/");
    }

    /** Which instance an address named by the load balancer's X-Harbour-Instance header is, or 0. */
    int nodeAt(String upstreamAddress) {
        for (int node = 1; node <= NODES; node++) {
            if (upstreamAddress.endsWith(":" + (httpBase + node - 1))) {
                return node;
            }
        }
        return 0;
    }

    long pid(int node) throws IOException {
        return Long.parseLong(Files.readString(runDir.resolve("node" + node).resolve("pid")).trim());
    }

    Path log(int node) {
        return runDir.resolve("node" + node).resolve("portal.log");
    }

    /** SIGKILL: the instance vanishes without a chance to hand anything over. */
    void kill(int node) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(pid(node))).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("Could not kill instance " + node);
        }
    }

    String status() throws Exception {
        return script("status", 1);
    }

    private String script(String command, int minutes) throws Exception {
        Files.createDirectories(runDir);
        Path out = runDir.resolve("cluster-" + command + ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("scripts/cluster.sh").toString(), command)
                .redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("cluster.sh " + command + " did not finish; see " + out);
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        System.out.println(output);
        if (process.exitValue() != 0 && !command.equals("status")) {
            throw new IllegalStateException("cluster.sh " + command + " failed:\n" + output);
        }
        return output;
    }

    private void stopQuietly() {
        try {
            script("stop", 3);
        } catch (Exception e) {
            System.err.println("Stopping the cluster failed: " + e);
        }
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running already.
        }
    }

    private static String newAuditKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    /** The first of {@code count} consecutive free loopback ports at or above {@code from}. */
    private static int freePorts(int count, int from) throws IOException {
        for (int port = from; port < from + 2000; port += count) {
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    held.add(new ServerSocket(port + i, 1, java.net.InetAddress.getLoopbackAddress()));
                }
                return port;
            } catch (IOException taken) {
                // Try the next block.
            } finally {
                for (ServerSocket socket : held) {
                    socket.close();
                }
            }
        }
        throw new IOException("No " + count + " free ports from " + from);
    }
}
