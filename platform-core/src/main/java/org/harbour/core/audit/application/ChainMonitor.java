package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.Checkpoint;
import org.harbour.core.audit.infrastructure.CheckpointFile;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What follows a finished verification, whoever ran it: an intact chain's newest entry is
 * checkpointed (a signed line in this instance's checkpoint file and in the server log); a break
 * is logged as SEVERE naming the first broken entry; either way the finding is recorded for every
 * instance's banner and health report.
 */
@ApplicationScoped
public class ChainMonitor {

    private static final Logger LOG = Logger.getLogger(ChainMonitor.class.getName());

    /** Entries per chunk of a scheduled check; each chunk is its own short read. */
    static final int CHUNK = 50_000;

    @Inject
    private AuditChain chain;

    @Inject
    private AuditKey keys;

    @Inject
    private CheckpointFile checkpoints;

    @Inject
    private ChainStatusStore status;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The scheduled check: runs it to its end, then concludes as {@link AuditLog#SYSTEM}. */
    public ChainVerification runScheduled(ChainScope scope) {
        ChainCheck check = scope == ChainScope.FULL ? chain.startFull() : chain.startSinceCheckpoint();
        while (!check.isDone()) {
            chain.continueCheck(check, CHUNK);
        }
        conclude(check, AuditLog.SYSTEM);
        ChainVerification result = check.getResult();
        if (!result.isIntact()) {
            audit.as(AuditLog.SYSTEM, "AUDIT_VERIFY", Outcome.FAILURE, "Scheduled: " + result.getSummary());
        }
        return result;
    }

    /** Checkpoints, logs and records a finished check. */
    public void conclude(ChainCheck check, String by) {
        ChainVerification result = check.getResult();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (result.isIntact()) {
            checkpoint(new Checkpoint(result.getAnchorHash(), result.getLastEntryId(), result.getLastEntryHash(), now));
            LOG.info(() -> "Audit chain verified by " + by + " (" + check.getScope().getDescription() + "): "
                    + result.getSummary() + " in " + check.getElapsedMillis() + " ms");
        } else {
            LOG.severe(() -> "THE AUDIT CHAIN IS BROKEN. " + result.getSummary() + ". Found by " + by + " ("
                    + check.getScope().getDescription() + ").");
        }
        if (!status.record(result, by, now)) {
            LOG.warning(() -> "The audit chain checks intact " + check.getScope().getDescription() + ", but the"
                    + " break recorded earlier stays raised until a full verification from the audit trail page"
                    + " finds the whole chain intact.");
        }
    }

    /** The anchor is checkpointed at once, so the keyed chain can never be cut back to nothing unnoticed. */
    void anchored(AuditEntry anchor) {
        checkpoint(new Checkpoint(anchor.getEntryHash(), anchor.getId(), anchor.getEntryHash(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
        status.anchored(anchor.getOccurredAt());
    }

    private void checkpoint(Checkpoint checkpoint) {
        String line = checkpoint.line(keys.key());
        try {
            checkpoints.append(checkpoint, keys.key());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit checkpoint could not be written to " + checkpoints.path()
                    + "; it is in this log only", e);
        }
        LOG.info(() -> "Audit checkpoint: " + line);
    }
}
