package org.harbour.performance.snapshots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The record of an explicit recalculation of a frozen month: who, when, why, and how many figures changed. */
@Entity
@Table(name = "performance_recalculation")
public class Recalculation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(nullable = false)
    private String reason;

    @Column(name = "figures_changed", nullable = false)
    private int figuresChanged;

    protected Recalculation() {
    }

    public Recalculation(LocalDate monthStart, String requestedBy, Instant requestedAt, String reason, int figuresChanged) {
        this.monthStart = monthStart;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.reason = reason;
        this.figuresChanged = figuresChanged;
    }

    public LocalDate getMonthStart() {
        return monthStart;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }

    public int getFiguresChanged() {
        return figuresChanged;
    }
}
