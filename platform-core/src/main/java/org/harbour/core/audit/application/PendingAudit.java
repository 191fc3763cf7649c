package org.harbour.core.audit.application;

import org.harbour.core.audit.domain.AuditEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The successes a transaction has recorded but not yet written, and how deep the transaction's
 * service calls are nested. The batch is written to the pending table as the outermost service call
 * returns, still inside the transaction, so the entries commit or roll back with the work they
 * record. The same event
 * recorded twice in one transaction (one action reached by two paths) is kept once; order is that
 * of first recording.
 */
final class PendingAudit {

    private final Set<AuditEvent> events = new LinkedHashSet<>();
    private int depth;

    void enter() {
        depth++;
    }

    /** Leaves a service call; true when it was the outermost one, where the batch is appended. */
    boolean leave() {
        depth--;
        return depth <= 0;
    }

    /** Whether a service call of this transaction is under way, which will append what is added. */
    boolean open() {
        return depth > 0;
    }

    /** Adds an event; false when the same event is already waiting in this transaction. */
    boolean add(AuditEvent event) {
        return events.add(event);
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    /** The waiting events in the order they were recorded, emptying the batch. */
    List<AuditEvent> drain() {
        List<AuditEvent> batch = new ArrayList<>(events);
        events.clear();
        return batch;
    }
}
