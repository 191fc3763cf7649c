package org.harbour.pause.cohort.application;

import org.harbour.pause.cohort.domain.CohortEntry;
import org.harbour.pause.cohort.domain.Priority;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A woman in the cohort as pages and the API show her: who, why and how urgently. */
public final class CohortRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String name;
    private final Integer age;
    private final Priority priority;
    private final int removalEvents;
    private final int removedChildren;
    private final int removedInTwoYears;
    private final boolean newSecondRemoval;
    private final boolean meetsCityRule;
    private final int laterBornRemoved;
    private final LocalDate lastRemovedOn;
    private final List<String> reasons;

    public CohortRow(CohortEntry entry, String name, List<String> reasons) {
        this.personId = entry.motherId();
        this.name = name;
        this.age = entry.age();
        this.priority = entry.priority();
        this.removalEvents = entry.events().size();
        this.removedChildren = entry.removedChildren();
        this.removedInTwoYears = entry.removedInWindow();
        this.newSecondRemoval = entry.newSecondRemoval();
        this.meetsCityRule = entry.meetsCityRule();
        this.laterBornRemoved = entry.laterBorn().size();
        this.lastRemovedOn = entry.lastRemovedOn();
        this.reasons = List.copyOf(reasons);
    }

    public long getPersonId() { return personId; }
    public String getName() { return name; }
    public Integer getAge() { return age; }
    public Priority getPriority() { return priority; }
    public String getPriorityLabel() { return priority.getLabel(); }
    public int getRemovalEvents() { return removalEvents; }
    public int getRemovedChildren() { return removedChildren; }
    public int getRemovedInTwoYears() { return removedInTwoYears; }
    public boolean isNewSecondRemoval() { return newSecondRemoval; }
    public boolean isMeetsCityRule() { return meetsCityRule; }
    public int getLaterBornRemoved() { return laterBornRemoved; }
    public LocalDate getLastRemovedOn() { return lastRemovedOn; }
    public List<String> getReasons() { return reasons; }
}
