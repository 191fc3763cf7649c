package org.harbour.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of the audit trail. Never updated or deleted: there are no setters, and each entry
 * carries the hash of the one before it, keyed with the deployment's audit key, so an altered or
 * removed row breaks the chain and nobody without the key can mend it.
 */
@Entity
@Table(name = "core_audit_entry")
public class AuditEntry {

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

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    @Convert(converter = HashScheme.Column.class)
    @Column(name = "hash_scheme", nullable = false, updatable = false)
    private HashScheme hashScheme;

    protected AuditEntry() {
    }

    /** An entry as Harbour writes it: hashed with the audit key. */
    public AuditEntry(AuditEvent event, Instant occurredAt, String previousHash, ChainKey key) {
        this(event, occurredAt, previousHash);
        this.hashScheme = HashScheme.HMAC_SHA256;
        this.entryHash = AuditHash.keyed(this, key);
    }

    /**
     * An entry under the rule before the chain was keyed. Harbour no longer writes these; they exist
     * in older databases, and tests build them to check that such chains still verify.
     */
    public static AuditEntry unkeyed(AuditEvent event, Instant occurredAt, String previousHash) {
        AuditEntry entry = new AuditEntry(event, occurredAt, previousHash);
        entry.hashScheme = HashScheme.SHA256;
        entry.entryHash = AuditHash.unkeyed(entry);
        return entry;
    }

    private AuditEntry(AuditEvent event, Instant occurredAt, String previousHash) {
        this.occurredAt = occurredAt;
        this.actor = event.actor();
        this.action = event.action();
        this.recordType = event.recordType();
        this.recordId = event.recordId();
        this.outcome = event.outcome().name();
        this.sourceAddress = event.sourceAddress();
        this.detail = event.detail();
        this.previousHash = previousHash;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEntryHash() {
        return entryHash;
    }

    /** How the hash was made; null when the row names a scheme Harbour never writes. */
    public HashScheme getHashScheme() {
        return hashScheme;
    }
}
