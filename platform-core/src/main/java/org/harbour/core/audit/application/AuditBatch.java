package org.harbour.core.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.harbour.core.audit.domain.AuditEvent;

/**
 * The successes recorded in the current transaction, written together when its outermost
 * {@code @Transactional} service call returns ({@link AuditBatchInterceptor}), so an identical
 * success recorded twice is written once. Outside such a call (no transaction, a container-managed
 * or REQUIRES_NEW one) an entry is written at once. Either way it is written to the pending table in
 * the caller's transaction and chained later by the appender.
 */
@ApplicationScoped
public class AuditBatch {

    private static final String PENDING = AuditBatch.class.getName() + ".pending";

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private PendingStore store;

    /** Notes a service call entering the current transaction; null when there is no transaction. */
    PendingAudit enter() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        PendingAudit pending = (PendingAudit) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new PendingAudit();
            transactions.putResource(PENDING, pending);
        }
        pending.enter();
        return pending;
    }

    /**
     * Holds a success for the current transaction's batch; false when the event must be appended at
     * once because no service call of this transaction will append it.
     */
    boolean hold(AuditEvent event) {
        PendingAudit pending = current();
        if (pending == null || !pending.open()) {
            return false;
        }
        pending.add(event);
        return true;
    }

    /** Appends what the current transaction holds now: before a refusal joins it, so order is kept. */
    void appendHeld() {
        PendingAudit pending = current();
        if (pending != null && !pending.isEmpty()) {
            store.stageAll(pending.drain());
        }
    }

    /**
     * At the return of the outermost call. A transaction already bound to roll back drops its batch,
     * as it drops the work the batch records; an exception that rolls it back does the same later.
     */
    void appendPending(PendingAudit pending, boolean returned) {
        if (pending.isEmpty()) {
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            pending.drain();
            return;
        }
        try {
            store.stageAll(pending.drain());
        } catch (RuntimeException e) {
            if (returned) {
                throw e;
            }
            // The call is already failing: the transaction rolls back with its work and this batch.
            transactions.setRollbackOnly();
        }
    }

    private PendingAudit current() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        return (PendingAudit) transactions.getResource(PENDING);
    }
}
