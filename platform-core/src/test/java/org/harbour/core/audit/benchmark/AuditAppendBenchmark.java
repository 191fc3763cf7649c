package org.harbour.core.audit.benchmark;

import org.flywaydb.core.Flyway;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.AuditHash;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.infrastructure.ChainAppender;
import org.harbour.core.persistence.InstantConverter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Appends N audit entries from 50 concurrent threads, each append its own transaction as a request
 * makes it, on core's real schema, three ways:
 * <ul>
 *     <li><b>floor</b>: plain inserts into core_audit_entry, nothing chained: the most the database gives;</li>
 *     <li><b>before</b>: each append locks the head row, links its entry and moves the head on (the old path);</li>
 *     <li><b>after</b>: each append writes a pending row, no lock; one appender ({@link ChainAppender}, the
 *     portal's own code) chains them in batches; and the same with two appenders, as in a two-node cluster.</li>
 * </ul>
 * Prints throughput and the p50/p95 an appending thread sees, and checks that each chained trail
 * verifies. Never part of the test command:
 * {@code ./mvnw -o -q -pl platform-core -am -Paudit-benchmark -DskipTests verify}
 * ({@code -Daudit.benchmark.entries=20000}, {@code -Daudit.benchmark.url=jdbc:postgresql://...} with
 * {@code -Daudit.benchmark.user} and {@code .password} for PostgreSQL; embedded Derby otherwise).
 */
public final class AuditAppendBenchmark {

    private static final int THREADS = 50;
    private static final ChainKey KEY = ChainKey.decode(ChainKey.generate());

    /**
     * Embedded Derby's identity numbering gives up under 50 concurrent inserters ("A lock could not be
     * obtained"), so on Derby the floor and the pending inserts take one insert at a time, as the
     * portal does (PendingStore); the lock covers the insert, not the commit.
     */
    private final Object derbyInserts = new Object();

    private final String url;
    private final String user;
    private final String password;

    private AuditAppendBenchmark(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        int entries = Integer.getInteger("audit.benchmark.entries", 10_000);
        String url = System.getProperty("audit.benchmark.url");
        if (url == null) {
            Path dir = project.resolve("platform-core/target/audit-benchmark");
            deleteTree(dir);
            Files.createDirectories(dir);
            url = "jdbc:derby:" + dir.resolve("derby").toAbsolutePath() + ";create=true";
        }
        AuditAppendBenchmark benchmark = new AuditAppendBenchmark(url,
                System.getProperty("audit.benchmark.user", "harbour"), System.getProperty("audit.benchmark.password", "harbour"));
        benchmark.migrate();
        System.out.printf(Locale.ROOT, "Audit append benchmark: %,d entries from %d threads, each append its own"
                + " transaction, on %s (%d cores)%n", entries, THREADS, benchmark.product(),
                Runtime.getRuntime().availableProcessors());
        List<Result> results = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            benchmark.reset();
            benchmark.run(mode, Math.min(1000, entries / 10));
            benchmark.reset();
            Result result = benchmark.run(mode, entries);
            results.add(result);
            System.out.println(result.line());
        }
        double before = results.get(Mode.BEFORE.ordinal()).perSecond;
        double floor = results.get(Mode.FLOOR.ordinal()).perSecond;
        for (Mode mode : List.of(Mode.AFTER, Mode.AFTER_TWO_APPENDERS)) {
            Result after = results.get(mode.ordinal());
            System.out.printf(Locale.ROOT, "%s: %.1fx the old path's throughput, %.0f%% of the floor; p95 %.1fx lower%n",
                    mode.label, after.perSecond / before, 100 * after.perSecond / floor,
                    results.get(Mode.BEFORE.ordinal()).p95Millis / after.p95Millis);
        }
    }

    private enum Mode {
        FLOOR("floor (plain inserts, no chain)"),
        BEFORE("before (lock the head per append)"),
        AFTER("after (pending rows, one appender)"),
        AFTER_TWO_APPENDERS("after (pending rows, two appenders)");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private record Result(Mode mode, int entries, double seconds, double perSecond, double p50Millis,
                          double p95Millis, String chain) {
        String line() {
            return String.format(Locale.ROOT, "%-38s %,8d entries in %6.2f s = %,9.0f/s   p50 %7.2f ms   p95 %7.2f ms   %s",
                    mode.label, entries, seconds, perSecond, p50Millis, p95Millis, chain);
        }
    }

    private Result run(Mode mode, int entries) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[][] latencies = new long[THREADS][];
        AtomicBoolean appending = new AtomicBoolean(true);
        List<Thread> appenders = new ArrayList<>();
        int appenderCount = mode == Mode.AFTER ? 1 : mode == Mode.AFTER_TWO_APPENDERS ? 2 : 0;
        Object signal = new Object();
        for (int a = 0; a < appenderCount; a++) {
            appenders.add(startAppender(appending, signal));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                long[] mine = new long[entries];
                int count = 0;
                try (Connection c = connect()) {
                    start.await();
                    for (int i = next.getAndIncrement(); i < entries; i = next.getAndIncrement()) {
                        AuditEvent event = new AuditEvent("bench.user." + thread, "PERSON_VIEW", "person",
                                Integer.toString(i), Outcome.SUCCESS, "10.0.0." + thread, "benchmark entry " + i);
                        long began = System.nanoTime();
                        append(mode, c, event);
                        mine[count++] = System.nanoTime() - began;
                        if (appenderCount > 0) {
                            synchronized (signal) {
                                signal.notifyAll();
                            }
                        }
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
                latencies[thread] = Arrays.copyOf(mine, count);
            });
            threads.add(worker);
            worker.start();
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread worker : threads) {
            worker.join();
        }
        if (appenderCount > 0) {
            waitUntilChained();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        appending.set(false);
        synchronized (signal) {
            signal.notifyAll();
        }
        for (Thread appender : appenders) {
            appender.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(mode.label + " failed", failures.get(0));
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        String chain = mode == Mode.FLOOR ? "" : verify(entries);
        return new Result(mode, entries, seconds, entries / seconds, percentile(all, 0.50), percentile(all, 0.95), chain);
    }

    private void append(Mode mode, Connection c, AuditEvent event) throws SQLException {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        switch (mode) {
            case FLOOR -> {
                AuditEntry entry = new AuditEntry(event, at, AuditHash.GENESIS, KEY);
                if (derby()) {
                    synchronized (derbyInserts) {
                        insertEntry(c, entry);
                    }
                } else {
                    insertEntry(c, entry);
                }
                c.commit();
            }
            case BEFORE -> {
                try (PreparedStatement lock = c.prepareStatement(
                        "UPDATE core_audit_head SET last_id = last_id WHERE id = 1")) {
                    lock.executeUpdate();
                }
                String lastHash;
                try (PreparedStatement head = c.prepareStatement("SELECT last_hash FROM core_audit_head WHERE id = 1");
                     ResultSet rs = head.executeQuery()) {
                    rs.next();
                    lastHash = rs.getString(1);
                }
                AuditEntry entry = new AuditEntry(event, at, lastHash, KEY);
                long id = insertEntry(c, entry);
                try (PreparedStatement advance = c.prepareStatement(
                        "UPDATE core_audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
                    advance.setLong(1, id);
                    advance.setString(2, entry.getEntryHash());
                    advance.executeUpdate();
                }
                c.commit();
            }
            case AFTER, AFTER_TWO_APPENDERS -> {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO core_audit_pending (occurred_at, actor, action, record_type, record_id, outcome,
                            source_address, detail, request_ref, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    insert.setTimestamp(1, InstantConverter.toUtcTimestamp(at));
                    insert.setString(2, event.actor());
                    insert.setString(3, event.action());
                    insert.setString(4, event.recordType());
                    insert.setString(5, event.recordId());
                    insert.setString(6, event.outcome().name());
                    insert.setString(7, event.sourceAddress());
                    insert.setString(8, event.detail());
                    insert.setString(9, null);
                    insert.setString(10, AuditHash.pending(event, at, null, KEY));
                    if (derby()) {
                        synchronized (derbyInserts) {
                            insert.executeUpdate();
                        }
                    } else {
                        insert.executeUpdate();
                    }
                }
                c.commit();
            }
        }
    }

    private static long insertEntry(Connection c, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(ChainAppender.INSERT_ENTRY, Statement.RETURN_GENERATED_KEYS)) {
            return ChainAppender.insert(insert, entry);
        }
    }

    /** An appender as an instance runs it: woken by commits, and polling besides. */
    private Thread startAppender(AtomicBoolean appending, Object signal) {
        Thread appender = new Thread(() -> {
            ChainAppender chain = new ChainAppender(KEY);
            try (Connection c = connect()) {
                c.setAutoCommit(true);
                while (appending.get()) {
                    if (chain.appendPending(c, 500).pendingChained() == 0) {
                        synchronized (signal) {
                            signal.wait(5);
                        }
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        appender.start();
        return appender;
    }

    private void waitUntilChained() throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(true);
            while (count(c, "SELECT COUNT(*) FROM core_audit_pending") > 0) {
                Thread.sleep(2);
            }
        }
    }

    /** Walks the chain in id order: each entry links to the one before and carries its keyed hash. */
    private String verify(int expected) throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT occurred_at, actor, action, record_type, record_id, outcome, source_address, detail,
                         previous_hash, entry_hash FROM core_audit_entry ORDER BY id""");
             ResultSet rs = ps.executeQuery()) {
            String previous = AuditHash.GENESIS;
            int n = 0;
            while (rs.next()) {
                AuditEvent event = new AuditEvent(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Outcome.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8));
                AuditEntry entry = new AuditEntry(event, InstantConverter.fromUtcTimestamp(rs.getTimestamp(1)),
                        rs.getString(9), KEY);
                if (!previous.equals(rs.getString(9)) || !entry.getEntryHash().equals(rs.getString(10))) {
                    return "CHAIN BROKEN at entry " + (n + 1);
                }
                previous = rs.getString(10);
                n++;
            }
            c.commit();
            return n == expected ? "chain verified (" + n + " entries)" : "CHAIN HAS " + n + " OF " + expected + " ENTRIES";
        }
    }

    private void migrate() {
        boolean postgres = url.startsWith("jdbc:postgresql");
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/core")
                .table("core_schema_history")
                .placeholders(Map.of("binary_type", postgres ? "BYTEA" : "BLOB"))
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }

    private void reset() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM core_audit_pending");
            s.executeUpdate("DELETE FROM core_audit_entry");
            s.executeUpdate("UPDATE core_audit_head SET last_id = 0, last_hash = '" + AuditHash.GENESIS + "' WHERE id = 1");
            c.commit();
        }
    }

    private boolean derby() {
        return url.startsWith("jdbc:derby:");
    }

    private String product() throws SQLException {
        try (Connection c = connect()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return c;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
