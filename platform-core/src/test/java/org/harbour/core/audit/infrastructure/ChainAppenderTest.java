package org.harbour.core.audit.infrastructure;

import org.flywaydb.core.Flyway;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.AuditHash;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.persistence.InstantConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The appender on core's real schema in an in-memory Derby database. */
class ChainAppenderTest {

    private static final String URL = "jdbc:derby:memory:appender-" + UUID.randomUUID();

    private final ChainKey key = ChainKey.decode(ChainKey.generate());
    private Connection c;

    @BeforeAll
    static void schema() {
        Flyway.configure().dataSource(URL + ";create=true", "", "").locations("classpath:db/migration/core")
                .table("core_schema_history").placeholders(Map.of("binary_type", "BLOB")).load().migrate();
    }

    @AfterAll
    static void drop() {
        try {
            DriverManager.getConnection(URL + ";drop=true");
        } catch (SQLException dropped) {
            // Derby answers a dropped database with an exception.
        }
    }

    @BeforeEach
    void emptyChain() throws SQLException {
        c = DriverManager.getConnection(URL);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM core_audit_pending");
            s.executeUpdate("DELETE FROM core_audit_entry");
            s.executeUpdate("UPDATE core_audit_head SET last_id = 0, last_hash = '" + AuditHash.GENESIS + "' WHERE id = 1");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void chainsPendingEntriesInTheOrderWrittenLinksEachToTheOneBeforeAndEmptiesThePendingTable() throws Exception {
        pending("r1", "priya.shah", "PERSON_VIEW", "7", null);
        pending("r1", "priya.shah", "INVOLVEMENT_VIEW", "7", "involvements listed: 2");
        pending("r1", "priya.shah", "INVOLVEMENT_VIEW", "7", "CIN 12");
        pending(null, "system", "CASE_CLOSE", "8", "closed");

        ChainAppender.Run run = new ChainAppender(key).appendPending(c, 500);

        assertEquals(4, run.pendingChained());
        assertEquals(3, run.entriesAppended(), "the two involvement reads of one request are one entry");
        List<String[]> entries = entries();
        assertEquals(List.of("PERSON_VIEW", "INVOLVEMENT_VIEW", "CASE_CLOSE"), entries.stream().map(e -> e[1]).toList());
        assertEquals("Read 2 times in one request: involvements listed: 2; CIN 12", entries.get(1)[2]);
        assertEquals(AuditHash.GENESIS, entries.get(0)[3]);
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1)[4], entries.get(i)[3], "each links to the one before");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM core_audit_pending"));
        assertEquals(count("SELECT MAX(id) FROM core_audit_entry"), count("SELECT last_id FROM core_audit_head"));
        assertEquals(entries.get(2)[4], text("SELECT last_hash FROM core_audit_head"));
    }

    @Test
    void anAppenderHoldingAtHolesWaitsForAMissingIdThenTakesItAsRolledBack() throws Exception {
        ChainAppender appender = ChainAppender.holdingAtHoles(key, java.time.Duration.ofMillis(300));
        long first = pending(null, "system", "JOB_A", "1", null);
        assertEquals(1, appender.appendPending(c, 10).pendingChained());
        // The id after it goes to an insert that rolls back, as a failed request's would.
        c.setAutoCommit(false);
        pending(null, "system", "JOB_LOST", "1", null);
        c.rollback();
        c.setAutoCommit(true);
        pending(null, "system", "JOB_B", "1", null);
        ChainAppender.Run held = appender.appendPending(c, 10);
        assertEquals(0, held.pendingChained(), "nothing chained above a missing id within its grace");
        assertTrue(held.heldBack());
        Thread.sleep(350);
        ChainAppender.Run after = appender.appendPending(c, 10);
        assertEquals(1, after.pendingChained(), "after the grace the missing id is taken as rolled back");
        assertFalse(after.heldBack());
        assertEquals(List.of("JOB_A", "JOB_B"), entries().stream().map(e -> e[1]).toList());
        assertTrue(first > 0);
    }

    @Test
    void anAppenderHoldingAtHolesChainsAMissingIdThatArrivesInItsGraceFirst() throws Exception {
        ChainAppender appender = ChainAppender.holdingAtHoles(key, java.time.Duration.ofSeconds(30));
        pending(null, "system", "JOB_A", "1", null);
        appender.appendPending(c, 10);
        long b = pending(null, "system", "JOB_B", "1", null);
        long cId = pending(null, "system", "JOB_C", "1", null);
        // JOB_B's row is out of sight for a moment (a scan that skipped it), JOB_C is seen.
        String[] hidden = hide(b);
        ChainAppender.Run held = appender.appendPending(c, 10);
        assertEquals(0, held.pendingChained());
        assertTrue(held.heldBack(), "JOB_C waits behind JOB_B's id");
        restore(b, hidden);
        assertEquals(2, appender.appendPending(c, 10).pendingChained());
        assertEquals(List.of("JOB_A", "JOB_B", "JOB_C"), entries().stream().map(e -> e[1]).toList());
        assertTrue(cId > b);
    }

    @Test
    void batchesContinueTheChainWhereTheLastOneEnded() throws Exception {
        ChainAppender appender = new ChainAppender(key);
        for (int i = 0; i < 5; i++) {
            pending(null, "system", "JOB_" + i, "1", null);
        }
        assertEquals(2, appender.appendPending(c, 2).pendingChained());
        assertEquals(2, appender.appendPending(c, 2).pendingChained());
        assertEquals(1, appender.appendPending(c, 2).pendingChained());
        assertEquals(0, appender.appendPending(c, 2).pendingChained());
        List<String[]> entries = entries();
        assertEquals(List.of("JOB_0", "JOB_1", "JOB_2", "JOB_3", "JOB_4"), entries.stream().map(e -> e[1]).toList());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1)[4], entries.get(i)[3]);
        }
    }

    @Test
    void aPendingRowThatNoLongerMatchesItsMacIsChainedAsAnAlteration() throws Exception {
        long id = pending("r1", "priya.shah", "PERSON_VIEW", "7", null);
        try (PreparedStatement alter = c.prepareStatement("UPDATE core_audit_pending SET actor = 'someone.else' WHERE id = ?")) {
            alter.setLong(1, id);
            alter.executeUpdate();
        }

        ChainAppender.Run run = new ChainAppender(key).appendPending(c, 500);

        assertEquals(List.of(id), run.alteredPendingIds());
        String[] entry = entries().get(0);
        assertEquals(ChainAppender.ALTERED_ACTION, entry[1]);
        assertEquals("system", entry[0]);
        assertTrue(entry[2].contains("actor=someone.else"), entry[2]);
    }

    private static final String PENDING_COLUMNS = "occurred_at, actor, action, record_type, record_id, outcome, "
            + "source_address, detail, request_ref, mac";

    /** Takes a pending row out of sight, keeping its columns to put it back under the same id. */
    private String[] hide(long id) throws SQLException {
        String[] row = new String[10];
        try (PreparedStatement read = c.prepareStatement("SELECT " + PENDING_COLUMNS
                + " FROM core_audit_pending WHERE id = ?")) {
            read.setLong(1, id);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM core_audit_pending WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        return row;
    }

    private void restore(long id, String[] row) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO core_audit_pending (id, " + PENDING_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, java.sql.Timestamp.valueOf(row[0]));
            for (int i = 1; i < row.length; i++) {
                insert.setString(i + 2, row[i]);
            }
            insert.executeUpdate();
        }
    }

    private long pending(String request, String actor, String action, String recordId, String detail) throws SQLException {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditEvent event = new AuditEvent(actor, action, "person", recordId, Outcome.SUCCESS, "10.0.0.1", detail);
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO core_audit_pending (occurred_at, actor, action, record_type, record_id, outcome,
                    source_address, detail, request_ref, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                new String[]{"ID"})) {
            insert.setTimestamp(1, InstantConverter.toUtcTimestamp(at));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, "person");
            insert.setString(5, recordId);
            insert.setString(6, "SUCCESS");
            insert.setString(7, "10.0.0.1");
            insert.setString(8, detail);
            insert.setString(9, request);
            insert.setString(10, AuditHash.pending(event, at, request, key));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Actor, action, detail, previous hash, hash; each entry's hash checked under the key. */
    private List<String[]> entries() throws SQLException {
        List<String[]> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT occurred_at, actor, action, record_type, record_id, outcome, source_address, detail,
                    previous_hash, entry_hash FROM core_audit_entry ORDER BY id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AuditEntry recomputed = new AuditEntry(new AuditEvent(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Outcome.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)),
                        InstantConverter.fromUtcTimestamp(rs.getTimestamp(1)), rs.getString(9), key);
                assertEquals(recomputed.getEntryHash(), rs.getString(10), "the entry's keyed hash");
                entries.add(new String[]{rs.getString(2), rs.getString(3), rs.getString(8), rs.getString(9),
                        rs.getString(10)});
            }
        }
        return entries;
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
