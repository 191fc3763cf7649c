package org.harbour.performance.enteredfigures.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;

/** A month's figure for an indicator owned by a partner or a module, entered or imported by an analyst. */
@Entity
@Table(name = "performance_entered_value")
public class EnteredValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false)
    private String indicatorId;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(nullable = false)
    private long numerator;

    private Long denominator;

    /** Who entered the figure last, and when; the table names its columns for entering. */
    @Embedded
    @AttributeOverride(name = "updatedBy", column = @Column(name = "entered_by", nullable = false, length = 80))
    @AttributeOverride(name = "updatedAt", column = @Column(name = "entered_at", nullable = false))
    private Stamp stamp;

    @Version
    private long version;

    protected EnteredValue() {
    }

    public EnteredValue(String indicatorId, LocalDate monthStart) {
        this.indicatorId = indicatorId;
        this.monthStart = monthStart;
    }

    public void enter(long numerator, Long denominator, String by, Instant at) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.stamp = Stamp.of(by, at);
    }

    public String getIndicatorId() {
        return indicatorId;
    }

    public LocalDate getMonthStart() {
        return monthStart;
    }

    public long getNumerator() {
        return numerator;
    }

    public Long getDenominator() {
        return denominator;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }
}
