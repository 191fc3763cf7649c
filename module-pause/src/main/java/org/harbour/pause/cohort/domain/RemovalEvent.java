package org.harbour.pause.cohort.domain;

import java.time.LocalDate;
import java.util.List;

/** Children removed together (within {@link FamilyHistory#TOGETHER_WITHIN_DAYS} days of the first of them): one event. */
public record RemovalEvent(int number, LocalDate removedOn, List<ChildRemoval> children) {

    public RemovalEvent {
        children = List.copyOf(children);
    }

    public boolean includes(long childId) {
        return children.stream().anyMatch(c -> c.childId() == childId);
    }
}
