package org.harbour.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest entry's id and hash; locked while appending so the chain stays linear across a cluster. */
@Entity
@Table(name = "core_audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void advance(AuditEntry entry) {
        this.lastId = entry.getId();
        this.lastHash = entry.getEntryHash();
    }
}
