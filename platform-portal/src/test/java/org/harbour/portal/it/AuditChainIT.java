package org.harbour.portal.it;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.harbour.core.audit.application.AuditChain;
import org.harbour.core.audit.application.AuditKey;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.application.ChainMonitor;
import org.harbour.core.audit.application.ChainScope;
import org.harbour.core.audit.application.ChainStatus;
import org.harbour.core.audit.application.ChainStatusStore;
import org.harbour.core.audit.application.ChainVerification;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.domain.Checkpoint;
import org.harbour.core.audit.infrastructure.CheckpointFile;
import org.harbour.core.health.AuditChainHealthCheck;
import org.harbour.core.persistence.InstantConverter;
import org.harbour.core.persistence.PortalDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keyed audit chain against the real container and database, attacked as someone with write
 * access to the database but not the audit key would: rows deleted and every later hash recomputed
 * (with the old unkeyed rule, and with a wrong key) and the head updated; the newest rows cut off
 * and the head set back. Each attack is undone before the test ends, so the portal stays usable
 * for the others; the scheduled checks have run once before any test tampers, and are not due
 * again unless a test makes them so.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String SINCE_CHECKPOINT_JOB = "core:audit-chain-check";
    private static final String FULL_JOB = "core:audit-chain-full-check";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(AuditChainIT.class, PortalSession.class, AuditTables.class);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditChain chain;

    @Inject
    ChainMonitor monitor;

    @Inject
    ChainStatusStore status;

    @Inject
    @Readiness
    AuditChainHealthCheck health;

    @Inject
    CheckpointFile checkpoints;

    @Inject
    AuditKey keys;

    @Inject
    PortalDatabase database;

    @ArquillianResource
    URL portal;

    @BeforeEach
    void theStartUpChecksHaveRun() throws Exception {
        waitUntil(Duration.ofSeconds(90), "both scheduled checks ran after start-up", () -> tables().count(
                "SELECT COUNT(*) FROM core_job_lease WHERE job_key IN ('" + SINCE_CHECKPOINT_JOB + "', '" + FULL_JOB
                        + "') AND last_run_at IS NOT NULL AND holder IS NULL") == 2);
    }

    @Test
    void entriesAreKeyedFromTheAnchorWhichIsCheckpointedAndTheKeyIsKeptOwnerOnly() throws Exception {
        trail.record(new AuditEvent("it.chain", "IT_CHAIN", null, null, Outcome.SUCCESS, null, null));
        assertEquals(0, tables().count("SELECT COUNT(*) FROM core_audit_entry WHERE hash_scheme <> 1"),
                "a new database has only keyed entries");
        long anchor = tables().count("SELECT anchor_id FROM core_audit_head WHERE id = 1");
        assertEquals(tables().count("SELECT MIN(id) FROM core_audit_entry"), anchor, "the anchor is the first entry");
        assertEquals(1, tables().count("SELECT COUNT(*) FROM core_audit_entry WHERE id = " + anchor
                + " AND action = 'AUDIT_CHAIN_KEYED' AND actor = 'system'"));
        String anchorHash = trail.find(anchor).getEntryHash();
        assertTrue(checkpoints.read(keys.key()).of(anchorHash).stream().anyMatch(c -> c.entryId() == anchor),
                "the anchor was checkpointed outside the database");

        Path keyFile = Path.of(keys.source());
        assertTrue(Files.isRegularFile(keyFile), "without harbour.audit.key the key is made in the data directory: "
                + keyFile);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(checkpoints.path())));
        String secret = Files.readString(keyFile).strip();
        assertEquals(0, tables().count("SELECT COUNT(*) FROM core_audit_entry WHERE detail LIKE '%" + secret.substring(0, 16)
                + "%'"), "the key is nowhere in the trail");
        assertFalse(Files.readString(checkpoints.path()).contains(secret), "nor in the checkpoints");
    }

    @Test
    void deletingARowAndRecomputingEveryLaterHashWithoutTheKeyIsFoundAtTheEntryAfterTheGap() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(trail.record(new AuditEvent("it.rewrite", "IT_REWRITE", "test", Integer.toString(i), Outcome.SUCCESS,
                    "10.0.0.9", "before the attack")).getId());
        }
        assertTrue(trail.verify().isIntact(), trail.verify().getSummary());
        long deleted = ids.get(2);
        long next = ids.get(3);
        List<Map<String, Object>> saved = new ArrayList<>();
        for (long id : ids.subList(2, ids.size())) {
            saved.add(tables().entry(id));
        }
        Map<String, Object> head = tables().head();
        ChainKey wrongKey = ChainKey.decode(ChainKey.generate());
        Map<String, String> expectedProblem = new LinkedHashMap<>();
        expectedProblem.put("old unkeyed rule", "written without this deployment's audit key");
        expectedProblem.put("old unkeyed rule, scheme lowered", "claims the unkeyed rule after the chain was keyed");
        expectedProblem.put("a wrong key", "written without this deployment's audit key");
        for (Map.Entry<String, String> attack : expectedProblem.entrySet()) {
            try {
                execute("DELETE FROM core_audit_entry WHERE id = ?", deleted);
                String previous = trail.find(ids.get(1)).getEntryHash();
                for (long id : ids.subList(3, ids.size())) {
                    AuditEntry original = trail.find(id);
                    AuditEvent event = new AuditEvent(original.getActor(), original.getAction(), original.getRecordType(),
                            original.getRecordId(), Outcome.valueOf(original.getOutcome()), original.getSourceAddress(),
                            original.getDetail());
                    AuditEntry forged = attack.getKey().equals("a wrong key")
                            ? new AuditEntry(event, original.getOccurredAt(), previous, wrongKey)
                            : AuditEntry.unkeyed(event, original.getOccurredAt(), previous);
                    assertEquals(1, tables().update("UPDATE core_audit_entry SET previous_hash = ?, entry_hash = ?,"
                                    + " hash_scheme = ? WHERE id = ?", forged.getPreviousHash(), forged.getEntryHash(),
                            attack.getKey().endsWith("scheme lowered") ? 0 : 1, id));
                    previous = forged.getEntryHash();
                }
                setHead(ids.get(ids.size() - 1), previous);

                ChainVerification found = trail.verify();
                assertFalse(found.isIntact(), attack.getKey() + ": " + found.getSummary());
                assertEquals(next, found.getFirstBrokenEntryId(), attack.getKey() + ": " + found.getSummary());
                assertTrue(found.getProblem().contains(attack.getValue()), attack.getKey() + ": " + found.getProblem());
            } finally {
                restore(saved, head);
            }
            assertTrue(trail.verify().isIntact(), "undoing the attack mends the chain: " + trail.verify().getSummary());
        }
    }

    @Test
    void cuttingTheNewestEntriesOffAndSettingTheHeadBackIsCaughtByTheCheckpoint() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(trail.record(new AuditEvent("it.truncate", "IT_TRUNCATE", "test", Integer.toString(i), Outcome.SUCCESS,
                    null, null)).getId());
        }
        long newest = ids.get(3);
        ChainVerification checked = monitor.runScheduled(ChainScope.SINCE_CHECKPOINT);
        assertTrue(checked.isIntact(), checked.getSummary());
        String anchorHash = trail.find(tables().count("SELECT anchor_id FROM core_audit_head WHERE id = 1")).getEntryHash();
        Checkpoint latest = checkpoints.read(keys.key()).latestOf(anchorHash).orElseThrow();
        assertEquals(newest, latest.entryId(), "the check checkpointed the newest entry");
        assertEquals(trail.find(newest).getEntryHash(), latest.entryHash());

        List<Map<String, Object>> saved = List.of(tables().entry(ids.get(2)), tables().entry(ids.get(3)));
        Map<String, Object> head = tables().head();
        try {
            execute("DELETE FROM core_audit_entry WHERE id >= ?", ids.get(2));
            setHead(ids.get(1), trail.find(ids.get(1)).getEntryHash());

            ChainVerification full = trail.verify();
            assertFalse(full.isIntact(), "the rows left and the head agree, but the checkpoint does not: "
                    + full.getSummary());
            assertEquals(newest, full.getFirstBrokenEntryId(), full.getSummary());
            assertTrue(full.getProblem().contains("checkpointed at " + latest.at() + ", is missing"), full.getProblem());

            ChainVerification sinceCheckpoint = chain.runToEnd(chain.startSinceCheckpoint());
            assertFalse(sinceCheckpoint.isIntact(), "the scheduled check finds it too");
            assertEquals(newest, sinceCheckpoint.getFirstBrokenEntryId(), sinceCheckpoint.getSummary());
        } finally {
            restore(saved, head);
        }
        assertTrue(trail.verify().isIntact(), trail.verify().getSummary());
    }

    @Test
    void theScheduledCheckRaisesABreakOnTheAdministrationPagesHealthAndLogUntilAFullVerificationClearsIt()
            throws Exception {
        assertEquals(ChainStatus.Kind.INTACT, status.current().getKind(), status.current().getSummary());
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        assertFalse(admin.get("admin/users.xhtml").body().contains("audit-chain-broken"), "no banner while intact");

        AuditEntry victim = trail.record(new AuditEvent("it.banner", "IT_BANNER", "test", "1", Outcome.SUCCESS, null,
                "original"));
        trail.record(new AuditEvent("it.banner", "IT_BANNER", "test", "2", Outcome.SUCCESS, null, null));
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger monitorLog = Logger.getLogger("org.harbour.core");
        monitorLog.addHandler(capture);
        try {
            execute("UPDATE core_audit_entry SET detail = 'quietly changed' WHERE id = ?", victim.getId());
            Timestamp before = lastRun(SINCE_CHECKPOINT_JOB);
            makeDue(SINCE_CHECKPOINT_JOB);
            waitUntil(Duration.ofSeconds(60), "the scheduled check ran again", () -> ranSince(SINCE_CHECKPOINT_JOB, before));

            assertEquals("OK", lastOutcome(SINCE_CHECKPOINT_JOB), () -> "the job itself ran to its end: " + thrown(logged));
            ChainStatus raised = status.current();
            assertEquals(ChainStatus.Kind.BROKEN, raised.getKind(), raised.getSummary());
            assertEquals(victim.getId(), raised.getBrokenEntryId());
            assertEquals("system", raised.getCheckedBy());
            assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.SEVERE
                            && r.getMessage().contains("Broken at entry " + victim.getId() + ":")),
                    "SEVERE in the log, naming the first broken entry");

            HealthCheckResponse report = health.call();
            assertEquals(HealthCheckResponse.Status.UP, report.getStatus(), "never taken out of the load balancer");
            Map<String, Object> data = report.getData().orElseThrow();
            assertEquals("broken", data.get("chain"));
            assertEquals(victim.getId(), ((Number) data.get("firstBrokenEntry")).longValue());
            assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(portal.toURI().resolve("/health/ready"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "readiness stays up");

            for (String page : List.of("admin/users.xhtml", "admin/modules.xhtml", "audit/trail.xhtml")) {
                String body = admin.get(page).body();
                assertTrue(body.contains("id=\"audit-chain-broken\""), "banner on " + page);
                assertTrue(body.contains("Broken at entry " + victim.getId() + ":"), "naming the entry on " + page);
            }
            PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
            assertFalse(tom.get("index.xhtml").body().contains("audit-chain-broken"), "not on case work pages");
        } finally {
            monitorLog.removeHandler(capture);
            execute("UPDATE core_audit_entry SET detail = 'original' WHERE id = ?", victim.getId());
        }

        Timestamp before = lastRun(SINCE_CHECKPOINT_JOB);
        makeDue(SINCE_CHECKPOINT_JOB);
        waitUntil(Duration.ofSeconds(60), "the scheduled check ran once more", () -> ranSince(SINCE_CHECKPOINT_JOB, before));
        assertEquals(ChainStatus.Kind.BROKEN, status.current().getKind(),
                "a scheduled check does not clear a break: " + status.current().getSummary());

        HttpResponse<String> page = admin.get("audit/trail.xhtml");
        Map<String, String> verify = new LinkedHashMap<>();
        verify.put("verify-form", "verify-form");
        verify.put("verify-form:verify", "verify-form:verify");
        verify.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        HttpResponse<String> verified = admin.post("audit/trail.xhtml", verify);
        assertTrue(Pattern.compile("Intact, \\d+ entries \\(checked in [0-9.]+ s\\)").matcher(verified.body()).find(),
                "the full verification from the page finds the mended chain intact");
        assertTrue(verified.body().contains("Intact when last verified") && verified.body().contains(", by admin."),
                "and the page shows it as the last recorded check");
        ChainStatus cleared = status.current();
        assertEquals(ChainStatus.Kind.INTACT, cleared.getKind(), cleared.getSummary());
        assertEquals("admin", cleared.getCheckedBy());
        assertFalse(admin.get("admin/users.xhtml").body().contains("audit-chain-broken"), "the banner is gone");
        assertEquals("intact", health.call().getData().orElseThrow().get("chain"));
    }

    @Test
    void aVerificationResultRewrittenInTheDatabaseReadsAsAltered() throws Exception {
        ChainStatus before = status.current();
        assertFalse(before.isBroken(), before.getSummary());
        long checked = tables().count("SELECT entries_checked FROM core_audit_chain_state WHERE id = 1");
        try {
            execute("UPDATE core_audit_chain_state SET entries_checked = entries_checked + 1 WHERE id = ?", 1);
            assertEquals(ChainStatus.Kind.RESULT_ALTERED, status.current().getKind());
            assertEquals("result altered", health.call().getData().orElseThrow().get("chain"));
        } finally {
            tables().update("UPDATE core_audit_chain_state SET entries_checked = ? WHERE id = 1", checked);
        }
        assertEquals(before.getKind(), status.current().getKind());
    }

    private void restore(List<Map<String, Object>> rows, Map<String, Object> head) throws Exception {
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("ID")).longValue();
            tables().update("DELETE FROM core_audit_entry WHERE id = ?", id);
            tables().putBack(row);
        }
        setHead(((Number) head.get("LAST_ID")).longValue(), ((String) head.get("LAST_HASH")).trim());
    }

    private void setHead(long lastId, String lastHash) throws Exception {
        assertEquals(1, tables().update("UPDATE core_audit_head SET last_id = ?, last_hash = ? WHERE id = 1",
                lastId, lastHash));
    }

    private void makeDue(String jobKey) throws Exception {
        assertEquals(1, tables().update("UPDATE core_job_lease SET last_run_at = ? WHERE job_key = ?",
                InstantConverter.toUtcTimestamp(Instant.now().minus(Duration.ofDays(2))), jobKey));
    }

    private Timestamp lastRun(String jobKey) throws Exception {
        return (Timestamp) tables().row("SELECT last_run_at FROM core_job_lease WHERE job_key = ?", jobKey)
                .get("LAST_RUN_AT");
    }

    private static String thrown(List<LogRecord> records) {
        java.io.StringWriter out = new java.io.StringWriter();
        records.stream().filter(r -> r.getThrown() != null)
                .forEach(r -> r.getThrown().printStackTrace(new java.io.PrintWriter(out)));
        return out.toString();
    }

    private String lastOutcome(String jobKey) throws Exception {
        return (String) tables().row("SELECT last_outcome FROM core_job_lease WHERE job_key = ?", jobKey)
                .get("LAST_OUTCOME");
    }

    private boolean ranSince(String jobKey, Timestamp before) {
        try {
            Timestamp now = lastRun(jobKey);
            return now != null && now.after(before) && tables().count("SELECT COUNT(*) FROM core_job_lease WHERE job_key = '"
                    + jobKey + "' AND holder IS NULL") == 1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Duration limit, String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(250);
        }
    }

    private void execute(String sql, long id) throws Exception {
        assertTrue(tables().update(sql, id) >= 1, sql);
    }

    private AuditTables tables() {
        return new AuditTables(database.dataSource());
    }
}
