package org.harbour.core.audit.infrastructure;

import org.harbour.core.audit.domain.ReadCoalescing;
import org.harbour.core.audit.domain.ReadCoalescing.Chained;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.domain.PendingEntry;
import org.harbour.core.persistence.InstantConverter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Chains pending entries over JDBC: in one local transaction, locks the head row, reads the oldest
 * pending entries in id order, appends each as a keyed entry linked to the one before, removes them
 * from the pending table and moves the head on. Whichever instance runs it, the head row's lock keeps
 * the chain one line; request threads never take that lock. Plain JDBC, so the benchmark measures
 * this very code.
 */
public final class ChainAppender {

    /** The action of the entry chained in place of a pending row that no longer matches its MAC. */
    public static final String ALTERED_ACTION = "AUDIT_PENDING_ALTERED";

    private static final String ACTOR = "system";

    /**
     * What one run did; {@code heldBack} when it stopped below newer pending entries to wait for a
     * missing id (see {@link #holdingAtHoles}); {@code lastPendingId} the highest pending id chained, -1 if none.
     */
    public record Run(int pendingChained, int entriesAppended, List<Long> alteredPendingIds, boolean heldBack,
                      long lastPendingId) {
        static final Run NOTHING = new Run(0, 0, List.of(), false, -1);
        static final Run HELD_BACK = new Run(0, 0, List.of(), true, -1);
    }

    private final ChainKey key;
    private final Duration holeGrace;
    /** The highest pending id this appender has chained; -1 until its first run. */
    private long lastChained = -1;
    /** The first missing id waited for, and since when (nanoTime). */
    private long holeAt = -1;
    private long holeSince;

    public ChainAppender(ChainKey key) {
        this(key, Duration.ZERO);
    }

    private ChainAppender(ChainKey key, Duration holeGrace) {
        this.key = key;
        this.holeGrace = holeGrace;
    }

    /**
     * An appender that keeps pending ids in order across its runs: when the entries it reads skip
     * an id above the last it chained, it chains only those below the hole and waits up to
     * {@code grace} for the missing row, which a transaction still committing may hold, before
     * taking the hole as a rolled-back insert. For embedded Derby, the only appender of its
     * database: under concurrent inserts its read-committed index scan, after waiting on a row
     * another transaction had not committed, has been seen to resume past that row and several
     * after it, so one request's later entries were chained before its earlier ones. Not for a
     * cluster, where another instance's appender chains ids this one never sees.
     */
    public static ChainAppender holdingAtHoles(ChainKey key, Duration grace) {
        return new ChainAppender(key, grace);
    }

    /**
     * Chains up to {@code max} of the oldest pending entries and commits. The connection must not
     * take part in another transaction; it is left in auto-commit mode as it was given.
     */
    public Run appendPending(Connection c, int max) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Run run = appendPendingInTransaction(c, max);
            c.commit();
            lastChained = Math.max(lastChained, run.lastPendingId());
            return run;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private Run appendPendingInTransaction(Connection c, int max) throws SQLException {
        if (!anyPending(c)) {
            return Run.NOTHING;
        }
        // An update takes the row's write lock on every database until the commit.
        try (PreparedStatement lock = c.prepareStatement("UPDATE core_audit_head SET last_id = last_id WHERE id = 1")) {
            lock.executeUpdate();
        }
        long lastId;
        String lastHash;
        try (PreparedStatement head = c.prepareStatement("SELECT last_id, last_hash FROM core_audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            lastId = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        List<PendingEntry> read = readPending(c, max);
        if (read.isEmpty()) {
            return Run.NOTHING;
        }
        List<PendingEntry> pending = holeGrace.isZero() ? read : belowHole(read, System.nanoTime());
        if (pending.isEmpty()) {
            return Run.HELD_BACK;
        }
        List<Long> altered = new ArrayList<>();
        List<PendingEntry> checked = new ArrayList<>(pending.size());
        for (PendingEntry p : pending) {
            if (p.authentic(key)) {
                checked.add(p);
            } else {
                altered.add(p.id());
                checked.add(new PendingEntry(p.id(), alteredNotice(p), p.occurredAt(), null, p.mac()));
            }
        }
        List<Chained> toChain = ReadCoalescing.coalesce(checked);
        try (PreparedStatement insert = c.prepareStatement(INSERT_ENTRY, Statement.RETURN_GENERATED_KEYS)) {
            for (Chained chained : toChain) {
                AuditEntry entry = new AuditEntry(chained.event(), chained.occurredAt(), lastHash, key);
                lastId = insert(insert, entry);
                lastHash = entry.getEntryHash();
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM core_audit_pending WHERE id = ?")) {
            for (PendingEntry p : pending) {
                delete.setLong(1, p.id());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement advance = c.prepareStatement(
                "UPDATE core_audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            advance.setLong(1, lastId);
            advance.setString(2, lastHash);
            advance.executeUpdate();
        }
        return new Run(pending.size(), toChain.size(), altered, pending.size() < read.size(),
                pending.get(pending.size() - 1).id());
    }

    /** The entries read, up to the first id missing above the last chained that is still within its grace. */
    private List<PendingEntry> belowHole(List<PendingEntry> read, long now) {
        if (lastChained < 0) {
            return read;
        }
        long expected = lastChained + 1;
        int take = 0;
        for (PendingEntry p : read) {
            if (p.id() > expected) {
                if (holeAt != expected) {
                    holeAt = expected;
                    holeSince = now;
                }
                if (now - holeSince < holeGrace.toNanos()) {
                    break;
                }
            }
            take++;
            expected = Math.max(expected, p.id() + 1);
        }
        return read.subList(0, take);
    }

    private static boolean anyPending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id) FROM core_audit_pending");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            rs.getLong(1);
            return !rs.wasNull();
        }
    }

    private static List<PendingEntry> readPending(Connection c, int max) throws SQLException {
        List<PendingEntry> pending = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, occurred_at, actor, action, record_type, record_id, outcome, source_address, detail,
                    request_ref, mac
                FROM core_audit_pending ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(max))) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Outcome outcome = outcomeOf(rs.getString(7));
                    AuditEvent event = new AuditEvent(rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), outcome == null ? Outcome.FAILURE : outcome, rs.getString(8),
                            rs.getString(9));
                    Timestamp at = rs.getTimestamp(2);
                    String mac = rs.getString(11);
                    // An unknown outcome cannot match the MAC, so the row is chained as altered.
                    pending.add(new PendingEntry(rs.getLong(1), event, InstantConverter.fromUtcTimestamp(at),
                            rs.getString(10), outcome == null ? "" : mac));
                }
            }
        }
        return pending;
    }

    private static Outcome outcomeOf(String name) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(name)) {
                return outcome;
            }
        }
        return null;
    }

    private static AuditEvent alteredNotice(PendingEntry p) {
        AuditEvent e = p.event();
        return new AuditEvent(ACTOR, ALTERED_ACTION, e.recordType(), e.recordId(), Outcome.FAILURE, null,
                "Pending entry " + p.id() + " no longer matches the MAC it was written with: it was altered in the"
                        + " database before it was chained. As found: actor=" + e.actor() + ", action=" + e.action()
                        + ", outcome=" + e.outcome() + ", detail=" + e.detail());
    }

    /** Writes one chained entry; prepare with {@link Statement#RETURN_GENERATED_KEYS}. */
    public static final String INSERT_ENTRY = """
            INSERT INTO core_audit_entry (occurred_at, actor, action, record_type, record_id, outcome,
                source_address, detail, previous_hash, entry_hash, hash_scheme)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Binds and runs {@link #INSERT_ENTRY} for one entry and answers the id it was given. */
    public static long insert(PreparedStatement insert, AuditEntry entry) throws SQLException {
        insert.setTimestamp(1, InstantConverter.toUtcTimestamp(entry.getOccurredAt()));
        insert.setString(2, entry.getActor());
        insert.setString(3, entry.getAction());
        insert.setString(4, entry.getRecordType());
        insert.setString(5, entry.getRecordId());
        insert.setString(6, entry.getOutcome());
        insert.setString(7, entry.getSourceAddress());
        insert.setString(8, entry.getDetail());
        insert.setString(9, entry.getPreviousHash());
        insert.setString(10, entry.getEntryHash());
        insert.setShort(11, (short) entry.getHashScheme().code());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
