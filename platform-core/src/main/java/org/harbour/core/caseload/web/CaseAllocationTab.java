package org.harbour.core.caseload.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.caseload.application.AllocationPeriod;
import org.harbour.core.caseload.application.CaseloadService;

import java.util.List;

/** Backs the "Allocation" tab of the child's record: who holds the case, its history, and for managers a way to move it. */
@Named
@RequestScoped
public class CaseAllocationTab {

    @Inject
    private CaseloadService caseloads;

    private Long loadedFor;
    private List<AllocationPeriod> history;

    public List<AllocationPeriod> historyOf(long personId) {
        if (history == null || loadedFor == null || loadedFor != personId) {
            history = caseloads.allocationHistory(personId);
            loadedFor = personId;
        }
        return history;
    }

    public List<AllocationPeriod> currentOf(long personId) {
        return historyOf(personId).stream().filter(AllocationPeriod::isCurrent).toList();
    }

    public boolean mayAllocate(long personId) {
        return caseloads.mayAllocate(personId);
    }
}
