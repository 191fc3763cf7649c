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

    public long getVersion() {
        return version;
    }
}
