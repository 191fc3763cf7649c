package org.harbour.core.audit.domain;

import java.time.Instant;

/**
 * An audit entry recorded and committed with its work but not yet chained (table
 * {@code core_audit_pending}). The appender chains pending entries in id order and removes them in
 * the same transaction.
 *
 * @param id         the pending row's id: the order in which entries are chained
 * @param event      what happened
 * @param occurredAt when, to the millisecond
 * @param requestRef the request it was recorded in, or null outside a request
 * @param mac        the HMAC written with it ({@link AuditHash#pending})
 */
public record PendingEntry(long id, AuditEvent event, Instant occurredAt, String requestRef, String mac) {

    /** Whether the row is as it was written: its MAC matches under the audit key. */
    public boolean authentic(ChainKey key) {
        return ChainKey.same(AuditHash.pending(event, occurredAt, requestRef, key), mac);
    }
}
