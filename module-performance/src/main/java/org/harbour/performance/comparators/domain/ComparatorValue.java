package org.harbour.performance.comparators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A published figure to compare with: statistical neighbours, region or England, for a period such as 2024-25. */
@Entity
@Table(name = "performance_comparator")
public class ComparatorValue {

    /** The published comparators; the own previous year is computed, not imported. */
    public enum Kind {
        STATISTICAL_NEIGHBOURS("Statistical neighbours"), REGION("Region"), ENGLAND("England");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id", nullable = false)
    private String indicatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind comparator;

    @Column(nullable = false)
    private String period;

    @Column(name = "figure_value", nullable = false, precision = 18, scale = 4)
    private BigDecimal value;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ComparatorValue() {
    }

    public ComparatorValue(String indicatorId, Kind comparator, String period, BigDecimal value, String by, Instant at) {
        this.indicatorId = indicatorId;
        this.comparator = comparator;
        this.period = period;
        this.importedBy = by;
        this.importedAt = at;
        this.value = value;
    }

    public void replace(BigDecimal value, String by, Instant at) {
        this.value = value;
        this.importedBy = by;
        this.importedAt = at;
    }

    public String getIndicatorId() {
        return indicatorId;
    }

    public Kind getComparator() {
        return comparator;
    }

    public String getPeriod() {
        return period;
    }

    public double getValue() {
        return value.doubleValue();
    }
}
