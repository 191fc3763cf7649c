package org.harbour.core.audit.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditHead;
import org.harbour.core.jobs.JobLeases;
import org.harbour.core.module.ModuleGraph;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.schema.MigrationReport;
import org.harbour.core.schema.SchemaReady;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anchors the keyed chain, once: when the migration that keys the chain has just run, this
 * instance appends the first keyed entry over whatever the chain holds (nothing in a new database,
 * the last unkeyed entry in an older one) and checkpoints it. Only that migration can cause an
 * anchor: a chain emptied in the database cannot be started afresh without a restart that
 * migrates a new schema. At every other start it checks that this instance's key is the one the
 * chain is keyed with, and makes the check from the last checkpoint due at once. Runs before any
 * other start-up work can append to the trail.
 */
@ApplicationScoped
public class ChainAnchoring {

    private static final Logger LOG = Logger.getLogger(ChainAnchoring.class.getName());

    /** Flyway's description of the migration that keys the chain ({@code V10__keyed_audit_chain.sql}). */
    static final String KEYING_MIGRATION = "keyed audit chain";

    @Inject
    private AuditKey keys;

    @Inject
    private AuditTrail trail;

    @Inject
    private ChainMonitor monitor;

    @Inject
    private PortalDatabase database;

    @Inject
    private JobLeases leases;

    @Inject
    private ChainCheckJob checkJob;

    @Inject
    private AuditAppender appender;

    void onSchemaReady(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) SchemaReady ready) {
        try {
            keys.key();
            LOG.info(() -> "Audit key: " + keys.source());
            if (keyingMigrationRanNow(ready)) {
                AuditEntry anchor = trail.anchor();
                monitor.anchored(anchor);
                LOG.info(() -> "The audit chain is keyed from entry " + anchor.getId() + " on");
            } else {
                checkAnchor();
                // Soon after every start, not only when next due: whatever was done to the database
                // while this instance was down is found within seconds. Still once per cluster.
                leases.makeDue(checkJob.key());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit chain could not be anchored or checked at start-up: audited work will"
                    + " fail until this is put right", e);
        }
        try {
            // After the anchor, so it is the first keyed entry; before the rest of the start-up work records.
            appender.start();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit appender could not start: entries wait in core_audit_pending", e);
        }
    }

    private void checkAnchor() {
        AuditHead head = trail.head();
        AuditEntry anchor = head.getAnchorId() == null ? null : trail.find(head.getAnchorId());
        if (anchor == null) {
            LOG.severe("THE AUDIT CHAIN HAS NO ANCHOR: the head names none, or its entry is gone. Verification"
                    + " will report the chain broken.");
        } else if (!ChainRules.isValidAnchor(anchor, keys.key())) {
            LOG.severe(() -> "The audit chain's anchor (entry " + anchor.getId() + ") does not verify under this"
                    + " instance's audit key (" + keys.source() + "): every instance must have the same"
                    + " harbour.audit.key, or the anchor was altered. Entries this instance writes will not verify"
                    + " on the others.");
        }
    }

    /**
     * Whether the keying migration was among those core applied at this start: by its rank in
     * core's migration history against the number applied now, so renumbering the file to merge
     * with other migrations does not matter.
     */
    private boolean keyingMigrationRanNow(SchemaReady ready) {
        int appliedNow = ready.reports().stream().filter(r -> ModuleGraph.CORE_ID.equals(r.getModuleId()))
                .mapToInt(MigrationReport::getAppliedNow).findFirst().orElse(0);
        if (appliedNow == 0) {
            return false;
        }
        // Flyway quotes the history table's names; quoted lower case reads the same on Derby and PostgreSQL.
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement rank = c.prepareStatement("""
                     SELECT h."installed_rank", (SELECT MAX(m."installed_rank") FROM "core_schema_history" m)
                     FROM "core_schema_history" h WHERE h."description" = ? AND h."success" = ?""")) {
            rank.setString(1, KEYING_MIGRATION);
            rank.setBoolean(2, true);
            try (ResultSet rs = rank.executeQuery()) {
                return rs.next() && rs.getInt(1) > rs.getInt(2) - appliedNow;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read core's migration history", e);
        }
    }
}
