package org.harbour.pause.cohort.domain;

import java.time.LocalDate;
import java.util.List;

/** A woman in the cohort and why: her removal events, the rules she meets and her priority. */
public record CohortEntry(long motherId, Integer age, List<RemovalEvent> events, List<ChildRemoval> laterBorn,
                          int removedInWindow, boolean newSecondRemoval, boolean meetsCityRule, Priority priority,
                          LocalDate lastRemovedOn) {

    public CohortEntry {
        events = List.copyOf(events);
        laterBorn = List.copyOf(laterBorn);
    }

    public int removedChildren() {
        return events.stream().mapToInt(e -> e.children().size()).sum();
    }

    public static CohortEntry of(FamilyHistory history, LocalDate asOf) {
        return new CohortEntry(history.motherId(), history.ageOn(asOf), history.events(asOf),
                history.laterBornRemovals(asOf), history.permanentRemovalsInWindow(asOf).size(),
                history.isNewSecondRemoval(asOf), history.meetsCityRule(asOf), history.priority(asOf),
                history.latestRemoval(asOf).map(ChildRemoval::removedOn).orElse(null));
    }
}
