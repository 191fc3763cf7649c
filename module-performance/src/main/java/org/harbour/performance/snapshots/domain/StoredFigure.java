package org.harbour.performance.snapshots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One indicator's figure in a snapshot, as it was computed: numerator, denominator, population and value. */
@Entity
@Table(name = "performance_figure")
@IdClass(StoredFigure.Key.class)
public class StoredFigure {

    @Id
    @Column(name = "snapshot_id")
    private Long snapshotId;

    @Id
    @Column(name = "indicator_id")
    private String indicatorId;

    @Column(nullable = false)
    private long numerator;

    private Long denominator;

    private Long population;

    @Column(name = "figure_value", precision = 18, scale = 4)
    private BigDecimal value;

    protected StoredFigure() {
    }

    public StoredFigure(Long snapshotId, String indicatorId, long numerator, Long denominator, Long population,
                        Double value) {
        this.snapshotId = snapshotId;
        this.indicatorId = indicatorId;
        update(numerator, denominator, population, value);
    }

    public void update(long numerator, Long denominator, Long population, Double value) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.population = population;
        this.value = value == null ? null : BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public String getIndicatorId() {
        return indicatorId;
    }

    public long getNumerator() {
        return numerator;
    }

    public Long getDenominator() {
        return denominator;
    }

    public Long getPopulation() {
        return population;
    }

    public Double getValue() {
        return value == null ? null : value.doubleValue();
    }


    /** Composite key: the snapshot and the indicator. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long snapshotId;
        private String indicatorId;

        public Key() {
        }

        public Key(Long snapshotId, String indicatorId) {
            this.snapshotId = snapshotId;
            this.indicatorId = indicatorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(snapshotId, k.snapshotId) && Objects.equals(indicatorId, k.indicatorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(snapshotId, indicatorId);
        }
    }
}
