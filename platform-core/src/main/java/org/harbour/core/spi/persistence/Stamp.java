package org.harbour.core.spi.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who last changed an editable record, and when: the columns {@code updated_by} and
 * {@code updated_at} every editable table carries beside its {@code version}. Shown when someone
 * else's change wins (see {@link org.harbour.core.spi.error.EditConflictException}).
 */
@Embeddable
public class Stamp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "updated_by", length = 80)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Stamp() {
        // for JPA
    }

    private Stamp(String updatedBy, Instant updatedAt) {
        this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Stamp of(String updatedBy, Instant updatedAt) {
        return new Stamp(updatedBy, updatedAt);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
