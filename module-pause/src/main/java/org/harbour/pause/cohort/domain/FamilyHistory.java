package org.harbour.pause.cohort.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A woman's children and the orders that removed them from her care, as the social-care record
 * holds them, and the cohort rules read from it. Nothing here is keyed by hand.
 */
public record FamilyHistory(long motherId, LocalDate motherDateOfBirth, List<Child> children, List<ChildOrder> orders) {

    /** Children whose first orders fall within this many days of each other's were removed together (one set of proceedings). */
    public static final int TOGETHER_WITHIN_DAYS = 28;
    /** A later-born child is born more than this many days (40 weeks) after the previous removal. */
    public static final int LATER_BORN_AFTER_DAYS = 40 * 7;
    /** The city's rule: two or more children permanently removed within this many years. */
    public static final int CITY_RULE_YEARS = 2;

    public FamilyHistory {
        children = List.copyOf(children);
        orders = List.copyOf(orders);
    }

    /** Each removed child once, on the day of the first order, earliest first. */
    public List<ChildRemoval> removals() {
        Map<Long, List<ChildOrder>> byChild = new LinkedHashMap<>();
        orders.stream().sorted(Comparator.comparing(ChildOrder::date).thenComparing(o -> o.kind().ordinal()))
                .forEach(o -> byChild.computeIfAbsent(o.childId(), id -> new ArrayList<>()).add(o));
        return byChild.entrySet().stream()
                .map(e -> new ChildRemoval(e.getKey(), dateOfBirth(e.getKey()), e.getValue().get(0).date(), e.getValue()))
                .sorted(Comparator.comparing(ChildRemoval::removedOn).thenComparing(ChildRemoval::childId))
                .toList();
    }

    public List<ChildRemoval> removalsBy(LocalDate asOf) {
        return removals().stream().filter(r -> !r.removedOn().isAfter(asOf)).toList();
    }

    /** Removal events up to the day: children removed together count once. */
    public List<RemovalEvent> events(LocalDate asOf) {
        List<RemovalEvent> events = new ArrayList<>();
        List<ChildRemoval> current = new ArrayList<>();
        LocalDate first = null;
        for (ChildRemoval removal : removalsBy(asOf)) {
            if (first != null && ChronoUnit.DAYS.between(first, removal.removedOn()) > TOGETHER_WITHIN_DAYS) {
                events.add(new RemovalEvent(events.size() + 1, first, current));
                current = new ArrayList<>();
                first = null;
            }
            if (first == null) {
                first = removal.removedOn();
            }
            current.add(removal);
        }
        if (first != null) {
            events.add(new RemovalEvent(events.size() + 1, first, current));
        }
        return events;
    }

    /** Removed children born more than 40 weeks after the removal event before their birth. */
    public List<ChildRemoval> laterBornRemovals(LocalDate asOf) {
        List<RemovalEvent> events = events(asOf);
        return removalsBy(asOf).stream().filter(r -> isLaterBorn(r, events)).toList();
    }

    private static boolean isLaterBorn(ChildRemoval child, List<RemovalEvent> events) {
        if (child.dateOfBirth() == null) {
            return false;
        }
        return events.stream().map(RemovalEvent::removedOn)
                .filter(d -> d.isBefore(child.dateOfBirth()))
                .max(Comparator.naturalOrder())
                .map(previous -> ChronoUnit.DAYS.between(previous, child.dateOfBirth()) > LATER_BORN_AFTER_DAYS)
                .orElse(false);
    }

    /**
     * A new second removal: the woman's removals so far make exactly two events, and the second
     * removed a child born more than 40 weeks after the first (a child she had since, not a
     * sibling of the first proceedings). A third event ends it.
     */
    public boolean isNewSecondRemoval(LocalDate asOf) {
        List<RemovalEvent> events = events(asOf);
        if (events.size() != 2) {
            return false;
        }
        RemovalEvent second = events.get(1);
        return laterBornRemovals(asOf).stream().anyMatch(r -> second.includes(r.childId()));
    }

    /** Children removed in the two years up to the day, both days included. */
    public List<ChildRemoval> permanentRemovalsInWindow(LocalDate asOf) {
        LocalDate from = asOf.minusYears(CITY_RULE_YEARS);
        return removalsBy(asOf).stream().filter(r -> !r.removedOn().isBefore(from)).toList();
    }

    /** The city's current rule: two or more children permanently removed in the past two years. */
    public boolean meetsCityRule(LocalDate asOf) {
        return permanentRemovalsInWindow(asOf).size() >= 2;
    }

    public Integer ageOn(LocalDate day) {
        return motherDateOfBirth == null ? null : Period.between(motherDateOfBirth, day).getYears();
    }

    public boolean isYoungerWoman(LocalDate day) {
        Integer age = ageOn(day);
        return age != null && age >= 18 && age <= 30;
    }

    public Priority priority(LocalDate asOf) {
        boolean young = isYoungerWoman(asOf);
        boolean newSecond = isNewSecondRemoval(asOf);
        if (young && newSecond) {
            return Priority.HIGH;
        }
        return young || newSecond ? Priority.RAISED : Priority.STANDARD;
    }

    /** Whether a child of hers was born in the year after the day (the day itself excluded). */
    public boolean birthWithinYearAfter(LocalDate day) {
        LocalDate end = day.plusYears(1);
        return children.stream().map(Child::dateOfBirth)
                .anyMatch(d -> d != null && d.isAfter(day) && !d.isAfter(end));
    }

    private LocalDate dateOfBirth(long childId) {
        return children.stream().filter(c -> c.id() == childId).map(Child::dateOfBirth).findFirst().orElse(null);
    }

    public Optional<ChildRemoval> latestRemoval(LocalDate asOf) {
        List<ChildRemoval> all = removalsBy(asOf);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
