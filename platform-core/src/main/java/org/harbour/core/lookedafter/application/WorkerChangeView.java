package org.harbour.core.lookedafter.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One change of the child's social worker: the allocation that ended because another began on the
 * same case, its worker, dates and version, and why the worker changed (SW_REASON, null when not
 * recorded) with what the code means.
 */
public record WorkerChangeView(long allocationId, long version, String worker, LocalDate startedOn, LocalDate endedOn,
                               String changeReason, String changeReasonLabel) implements Serializable {

    // Bean getters: the page's expression language reads properties, not record accessors.
    public long getAllocationId() { return allocationId; }
    public String getWorker() { return worker; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getChangeReason() { return changeReason; }
    public String getChangeReasonLabel() { return changeReasonLabel; }
}
