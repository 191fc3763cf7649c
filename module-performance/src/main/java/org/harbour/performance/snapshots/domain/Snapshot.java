package org.harbour.performance.snapshots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A month's stored figures: FROZEN once the month has ended, PROVISIONAL while it runs. */
@Entity
@Table(name = "performance_snapshot")
public class Snapshot {

    public static final String FROZEN = "FROZEN";
    public static final String PROVISIONAL = "PROVISIONAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(nullable = false)
    private String status;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "computed_by", nullable = false)
    private String computedBy;

    @Version
    private long version;

    protected Snapshot() {
    }

    public Snapshot(LocalDate monthStart, String status, Instant computedAt, String computedBy) {
        this.monthStart = monthStart;
        this.status = status;
        this.computedAt = computedAt;
        this.computedBy = computedBy;
    }

    public void recomputed(String status, Instant at, String by) {
        this.status = status;
        this.computedAt = at;
        this.computedBy = by;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getMonthStart() {
        return monthStart;
    }

    public String getStatus() {
        return status;
    }

    public boolean isFrozen() {
        return FROZEN.equals(status);
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public String getComputedBy() {
        return computedBy;
    }
}
