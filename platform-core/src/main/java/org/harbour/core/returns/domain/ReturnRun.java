package org.harbour.core.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One run of a statutory return: which return, for which period, by whom and when, and how many
 * errors and warnings its validator found. Its files and messages are kept beside it. A run is a
 * record of what was produced, so it never changes after it is saved.
 */
@Entity
@Table(name = "core_return_run")
public class ReturnRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "return_id", nullable = false, length = 60, updatable = false)
    private String returnId;

    @Column(name = "module_id", nullable = false, length = 60, updatable = false)
    private String moduleId;

    @Column(name = "period_label", nullable = false, length = 20, updatable = false)
    private String periodLabel;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "census_date", updatable = false)
    private LocalDate censusDate;

    @Column(name = "run_by", nullable = false, length = 80, updatable = false)
    private String runBy;

    @Column(name = "run_at", nullable = false, updatable = false)
    private Instant runAt;

    @Column(name = "error_count", nullable = false, updatable = false)
    private int errorCount;

    @Column(name = "warning_count", nullable = false, updatable = false)
    private int warningCount;

    protected ReturnRun() {
    }

    public ReturnRun(ReturnDefinition definition, ReturnPeriod period, String runBy, Instant runAt,
                     int errorCount, int warningCount) {
        this.returnId = definition.id();
        this.moduleId = definition.moduleId();
        this.periodLabel = period.label();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.censusDate = period.censusDate();
        this.runBy = Objects.requireNonNull(runBy, "runBy");
        this.runAt = Objects.requireNonNull(runAt, "runAt");
        this.errorCount = errorCount;
        this.warningCount = warningCount;
    }

    public Long getId() {
        return id;
    }

    public String getReturnId() {
        return returnId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public LocalDate getCensusDate() {
        return censusDate;
    }

    public String getRunBy() {
        return runBy;
    }

    public Instant getRunAt() {
        return runAt;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public int getWarningCount() {
        return warningCount;
    }
}
