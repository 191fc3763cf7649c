package org.harbour.core.caseload.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;

import java.time.Instant;
import java.time.LocalDate;

/** A case allocated to a worker in a team for a period; the open allocation has no end date. */
@Entity
@Table(name = "core_allocation")
public class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_file_id", nullable = false)
    private CaseFile caseFile;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id", nullable = false)
    private StaffUser worker;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_area_id", nullable = false)
    private ServiceArea serviceArea;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    /** Why the case came to this worker, e.g. "Worker left the team"; null for a first allocation. */
    @Column(length = 400)
    private String reason;

    /** SW_REASON: why the worker changed when this allocation ended in a reallocation; null otherwise. */
    @Column(name = "change_reason", length = 6)
    private String changeReason;

    @Column(name = "allocated_by", length = 80)
    private String allocatedBy;

    @Column(name = "allocated_at")
    private Instant allocatedAt;

    @Version
    private long version;

    protected Allocation() {
    }

    public Allocation(CaseFile caseFile, StaffUser worker, ServiceArea serviceArea, LocalDate startedOn) {
        this.caseFile = caseFile;
        this.worker = worker;
        this.serviceArea = serviceArea;
        this.startedOn = startedOn;
    }

    /** A reallocation or later allocation: who made it, when, and why. */
    public Allocation(CaseFile caseFile, StaffUser worker, ServiceArea serviceArea, LocalDate startedOn, String reason,
                      String allocatedBy, Instant allocatedAt) {
        this(caseFile, worker, serviceArea, startedOn);
        this.reason = reason;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = allocatedAt;
    }

    /**
     * Ends the allocation because another starts on {@code nextStart}: on the day before, or on
     * the same day when the allocation began that day, so periods never run backwards.
     */
    public void endBefore(LocalDate nextStart) {
        LocalDate dayBefore = nextStart.minusDays(1);
        endedOn = dayBefore.isBefore(startedOn) ? startedOn : dayBefore;
    }

    public String getChangeReason() {
        return changeReason;
    }

    /** Ends the allocation because another starts, saying why the worker changed (SW_REASON). */
    public void endBefore(LocalDate nextStart, String changeReason) {
        endBefore(nextStart);
        this.changeReason = changeReason;
    }

    /** Puts right why the worker changed (SW_REASON) on an allocation already ended by a reallocation. */
    public void correctChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    /** Ends the allocation on the given day, e.g. the day the case closes. */
    public void endOn(LocalDate day) {
        endedOn = day.isBefore(startedOn) ? startedOn : day;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public Long getId() {
        return id;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public StaffUser getWorker() {
        return worker;
    }

    public ServiceArea getServiceArea() {
        return serviceArea;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }

    public long getVersion() {
        return version;
    }
}
