package org.harbour.core.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.PendingAuditEntry;
import org.harbour.core.persistence.PortalDatabase;


import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes entries to the pending table in a transaction: the caller's, so an entry commits or rolls
 * back with the work it records, or one of its own for a refusal that must stay. Takes no lock: the
 * appender chains what commits ({@link AuditAppender}), woken as each such transaction commits.
 */
@ApplicationScoped
public class PendingStore {

    private static final String STAGED = PendingStore.class.getName() + ".staged";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private AuditKey keys;

    @Inject
    private AuditRequests requests;

    @Inject
    private AuditAppender appender;

    @Inject
    private PortalDatabase database;

    private final Clock clock = Clock.systemUTC();

    /**
     * Embedded Derby numbers identity rows from a catalog row that concurrent inserters contend for;
     * under load it gives up with "A lock could not be obtained" and rolls the work back. One insert
     * at a time per instance avoids that: held only for the insert, never to the commit. Derby runs
     * a single instance, so this is never a cluster-wide wait; PostgreSQL needs none.
     */
    private final ReentrantLock derbyInserts = new ReentrantLock();

    /** Several entries in the caller's transaction, in the order given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stageAll(List<AuditEvent> events) {
        events.forEach(this::write);
    }

    /** One entry in the caller's transaction, or in one of its own when there is none. */
    @Transactional
    public Instant stage(AuditEvent event) {
        return write(event);
    }

    /** One entry committed at once, whatever becomes of the caller's work: for refusals and failures. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant stageOnItsOwn(AuditEvent event) {
        return write(event);
    }

    /** Whether the current transaction has written entries that are not committed yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean stagedInThisTransaction() {
        return transactions.getTransactionKey() != null && Boolean.TRUE.equals(transactions.getResource(STAGED));
    }

    private Instant write(AuditEvent event) {
        if (ChainRules.ANCHOR_ACTION.equals(event.action())) {
            throw new IllegalArgumentException(ChainRules.ANCHOR_ACTION + " is written only when the chain is keyed");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        PendingAuditEntry entry = new PendingAuditEntry(event, now, requests.current(), keys.key());
        boolean serialise = database.isEmbeddedDerby();
        if (serialise) {
            derbyInserts.lock();
        }
        try {
            em.persist(entry);
            // Flushed one by one, so the pending ids keep the order the entries were recorded in.
            em.flush();
        } finally {
            if (serialise) {
                derbyInserts.unlock();
            }
        }
        wakeAppenderOnCommit();
        return now;
    }

    private void wakeAppenderOnCommit() {
        if (Boolean.TRUE.equals(transactions.getResource(STAGED))) {
            return;
        }
        transactions.putResource(STAGED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before: the entries commit with the transaction.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    appender.nudge();
                }
            }
        });
    }
}
