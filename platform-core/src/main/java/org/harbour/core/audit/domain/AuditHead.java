package org.harbour.core.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest entry's id and hash, locked while appending so the chain stays linear across a
 * cluster; and which entry anchors the keyed chain. The head proves nothing by itself (it sits in
 * the same database as the entries): the keyed hashes and the checkpoints outside the database do.
 */
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

    @Column(name = "anchor_id")
    private Long anchorId;

    protected AuditHead() {
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    /** The first keyed entry, or null before the chain was keyed. */
    public Long getAnchorId() {
        return anchorId;
    }

    public void advance(AuditEntry entry) {
        this.lastId = entry.getId();
        this.lastHash = entry.getEntryHash();
    }

    /** The entry just appended starts the keyed chain. */
    public void anchor(AuditEntry entry) {
        advance(entry);
        this.anchorId = entry.getId();
    }
}
