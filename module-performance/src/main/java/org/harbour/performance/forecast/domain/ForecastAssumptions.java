package org.harbour.performance.forecast.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.harbour.core.spi.persistence.Stamp;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The demand forecast's assumptions (one row): entrants a year (0 means "the average of the last
 * three years"), their yearly growth, the share of children in care at the start of a year who
 * leave during it (0 means "as in the last three years"), the population's yearly growth, and how
 * many years to look ahead.
 */
@Entity
@Table(name = "performance_forecast")
public class ForecastAssumptions implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final long THE_ONE = 1L;

    @Id
    private Long id;

    @Min(value = 0, message = "Entrants a year cannot be negative")
    @Max(value = 100000, message = "Entrants a year must be at most 100,000")
    @Column(name = "entrants_per_year", nullable = false)
    private int entrantsPerYear;

    @DecimalMin(value = "-50", message = "Growth must be between -50% and 100%")
    @DecimalMax(value = "100", message = "Growth must be between -50% and 100%")
    @Column(name = "entrant_growth_pct", nullable = false)
    private BigDecimal entrantGrowthPercent;

    @DecimalMin(value = "0", message = "The share leaving must be between 0% and 100%")
    @DecimalMax(value = "100", message = "The share leaving must be between 0% and 100%")
    @Column(name = "leaving_share_pct", nullable = false)
    private BigDecimal leavingSharePercent;

    @DecimalMin(value = "-20", message = "Population growth must be between -20% and 20%")
    @DecimalMax(value = "20", message = "Population growth must be between -20% and 20%")
    @Column(name = "population_growth_pct", nullable = false)
    private BigDecimal populationGrowthPercent;

    @Min(value = 1, message = "Look at least 1 year ahead")
    @Max(value = 10, message = "Look at most 10 years ahead")
    @Column(name = "years_ahead", nullable = false)
    private int yearsAhead;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected ForecastAssumptions() {
    }

    public void change(int entrants, BigDecimal entrantGrowth, BigDecimal leavingShare, BigDecimal populationGrowth,
                       int years, String by, Instant at) {
        this.entrantsPerYear = entrants;
        this.entrantGrowthPercent = entrantGrowth;
        this.leavingSharePercent = leavingShare;
        this.populationGrowthPercent = populationGrowth;
        this.yearsAhead = years;
        this.stamp = Stamp.of(by, at);
    }

    public int getEntrantsPerYear() {
        return entrantsPerYear;
    }

    public BigDecimal getEntrantGrowthPercent() {
        return entrantGrowthPercent;
    }

    public BigDecimal getLeavingSharePercent() {
        return leavingSharePercent;
    }

    public BigDecimal getPopulationGrowthPercent() {
        return populationGrowthPercent;
    }

    public int getYearsAhead() {
        return yearsAhead;
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
