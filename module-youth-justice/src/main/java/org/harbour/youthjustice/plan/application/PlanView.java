package org.harbour.youthjustice.plan.application;

import java.io.Serializable;
import java.util.List;

/** The child's plan: its interventions, and the statuses taken at the start and end of orders and interventions. */
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String childName;
    private final List<InterventionView> interventions;
    private final List<StatusView> statuses;

    public PlanView(long personId, String childName, List<InterventionView> interventions, List<StatusView> statuses) {
        this.personId = personId;
        this.childName = childName;
        this.interventions = List.copyOf(interventions);
        this.statuses = List.copyOf(statuses);
    }

    public long getPersonId() { return personId; }
    public String getChildName() { return childName; }
    public List<InterventionView> getInterventions() { return interventions; }
    public List<StatusView> getStatuses() { return statuses; }
}
