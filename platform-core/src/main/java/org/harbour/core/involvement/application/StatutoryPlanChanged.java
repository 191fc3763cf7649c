package org.harbour.core.involvement.application;

import java.time.LocalDate;

/**
 * Fired when a plan or period that sets a child's statutory visiting changes (child in need
 * plan, child protection plan, looked-after period, early help episode): the plan that now
 * governs the child's visits, or none. Looked after outranks child protection, which outranks
 * child in need, which outranks early help.
 */
public final class StatutoryPlanChanged {

    /** The governing plan, named as core's visit types name them. */
    public enum Plan { CLA, CP, CIN, EARLY_HELP }

    private final long personId;
    private final Plan plan;
    private final LocalDate since;

    public StatutoryPlanChanged(long personId, Plan plan, LocalDate since) {
        this.personId = personId;
        this.plan = plan;
        this.since = since;
    }

    public long getPersonId() {
        return personId;
    }

    /** Null when no such plan is open any more. */
    public Plan getPlan() {
        return plan;
    }

    public LocalDate getSince() {
        return since;
    }
}
