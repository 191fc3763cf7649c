package org.harbour.core.lookedafter.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;

/** A record about a looked-after child: whose it is, who recorded it and when, who changed it last, and its version. */
@MappedSuperclass
public abstract class Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    @AttributeOverride(name = "updatedBy", column = @Column(name = "changed_by", length = 80))
    @AttributeOverride(name = "updatedAt", column = @Column(name = "changed_at"))
    private Stamp stamp;

    @Version
    private long version;

    protected Recorded() {
    }

    protected Recorded(long personId, String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getLastChangedBy() {
        return stamp == null || stamp.getUpdatedBy() == null ? recordedBy : stamp.getUpdatedBy();
    }

    public Instant getLastChangedAt() {
        return stamp == null || stamp.getUpdatedAt() == null ? recordedAt : stamp.getUpdatedAt();
    }

    public void changed(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public long getVersion() {
        return version;
    }
}
