package org.harbour.core.caseload.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A chronology entry a worker marked significant; removing the mark deletes the row (and is audited). */
@Entity(name = "ChronologyFlag")
@Table(name = "core_chronology_flag")
public class ChronologyFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "event_key", nullable = false, length = 64, updatable = false)
    private String eventKey;

    @Column(name = "flagged_by", nullable = false, length = 80)
    private String flaggedBy;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    @Version
    private long version;

    protected ChronologyFlag() {
    }

    public ChronologyFlag(long personId, String eventKey, String flaggedBy, Instant flaggedAt) {
        this.personId = personId;
        this.eventKey = eventKey;
        this.flaggedBy = flaggedBy;
        this.flaggedAt = flaggedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getEventKey() {
        return eventKey;
    }

    public String getFlaggedBy() {
        return flaggedBy;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }
}
