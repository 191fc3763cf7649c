package org.harbour.pause.cohort.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The city's scoping as a funnel over a period, both days included: women with a child removed in
 * it; with two or more removed in it; with a later-born child removed in it; whose new second
 * removal fell in it; and of those, with another birth within a year of that removal.
 */
public record Funnel(LocalDate from, LocalDate to, List<Long> withRemoval, List<Long> withTwoOrMore,
                     List<Long> withLaterBornRemoved, List<Long> newSecondRemovals, List<Long> birthWithinYear) {

    public static Funnel over(List<FamilyHistory> histories, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("The period must start on or before its end");
        }
        List<Long> one = new ArrayList<>();
        List<Long> two = new ArrayList<>();
        List<Long> laterBorn = new ArrayList<>();
        List<Long> newSecond = new ArrayList<>();
        List<Long> birth = new ArrayList<>();
        for (FamilyHistory h : histories) {
            long inPeriod = h.removalsBy(to).stream().filter(r -> !r.removedOn().isBefore(from)).count();
            if (inPeriod >= 1) {
                one.add(h.motherId());
            }
            if (inPeriod >= 2) {
                two.add(h.motherId());
            }
            if (h.laterBornRemovals(to).stream().anyMatch(r -> !r.removedOn().isBefore(from))) {
                laterBorn.add(h.motherId());
            }
            List<RemovalEvent> events = h.events(to);
            if (h.isNewSecondRemoval(to) && !events.get(1).removedOn().isBefore(from)) {
                newSecond.add(h.motherId());
                if (h.birthWithinYearAfter(events.get(1).removedOn())) {
                    birth.add(h.motherId());
                }
            }
        }
        return new Funnel(from, to, List.copyOf(one), List.copyOf(two), List.copyOf(laterBorn), List.copyOf(newSecond),
                List.copyOf(birth));
    }
}
