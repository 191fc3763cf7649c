package org.harbour.core.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One headline count of a run, as the return gave it (never edited, as the run is not). */
@Entity(name = "ReturnRunCount")
@Table(name = "core_return_count")
public class ReturnRunCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "count_no", nullable = false, updatable = false)
    private int countNo;

    @Column(nullable = false, length = 80, updatable = false)
    private String name;

    @Column(name = "count_value", nullable = false, updatable = false)
    private long value;

    protected ReturnRunCount() {
    }

    public ReturnRunCount(long runId, int countNo, String name, long value) {
        this.runId = runId;
        this.countNo = countNo;
        this.name = name;
        this.value = value;
    }

    public long getRunId() {
        return runId;
    }

    public String getName() {
        return name;
    }

    public long getValue() {
        return value;
    }
}
