package org.harbour.pause.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The one row allocations lock in turn (pessimistically, until their transaction ends), so that the
 * caseload counted against the cap cannot change between the count and the allocation.
 */
@Entity(name = "PauseAllocationLock")
@Table(name = "pause_allocation_lock")
public class AllocationLock {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected AllocationLock() {
    }

    public void taken(Instant at) {
        this.takenAt = at;
    }

    public Instant getTakenAt() { return takenAt; }
}
