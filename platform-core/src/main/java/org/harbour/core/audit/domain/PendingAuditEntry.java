package org.harbour.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An entry as a request writes it: in the request's own transaction, without taking any lock, to
 * be chained later by the appender (see {@link PendingEntry}). Carries a MAC under the audit key so
 * the appender can tell a row altered while it waited.
 */
@Entity
@Table(name = "core_audit_pending")
public class PendingAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 80)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "record_type", updatable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", updatable = false, length = 80)
    private String recordId;

    @Column(nullable = false, updatable = false, length = 20)
    private String outcome;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    @Column(updatable = false, length = 1000)
    private String detail;

    @Column(name = "request_ref", updatable = false, length = 40)
    private String requestRef;

    @Column(nullable = false, updatable = false, length = 64)
    private String mac;

    protected PendingAuditEntry() {
    }

    public PendingAuditEntry(AuditEvent event, Instant occurredAt, String requestRef, ChainKey key) {
        this.occurredAt = occurredAt;
        this.actor = event.actor();
        this.action = event.action();
        this.recordType = event.recordType();
        this.recordId = event.recordId();
        this.outcome = event.outcome().name();
        this.sourceAddress = event.sourceAddress();
        this.detail = event.detail();
        this.requestRef = requestRef;
        this.mac = AuditHash.pending(event, occurredAt, requestRef, key);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
