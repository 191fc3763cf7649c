package org.harbour.send.history.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;

/**
 * Who recorded an editable SEND record and when, who changed it last (the platform's
 * {@link Stamp}) and its version: what an edit conflict names when someone else saved first.
 */
@MappedSuperclass
public abstract class Recorded {

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** Null until the record is first changed after it was recorded. */
    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Recorded() {
    }

    protected Recorded(String by, Instant at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    /** Who changed it last, or recorded it. */
    public String getChangedBy() {
        return stamp != null ? stamp.getUpdatedBy() : recordedBy;
    }

    public Instant getChangedAt() {
        return stamp != null ? stamp.getUpdatedAt() : recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
