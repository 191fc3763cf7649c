package org.harbour.pause.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.family.FamilyRemovalHistories;
import org.harbour.core.spi.family.FamilyRemovals;
import org.harbour.core.spi.family.MotherChildLink;
import org.harbour.core.spi.family.RemovalOrderRow;
import org.harbour.pause.cohort.domain.Child;
import org.harbour.pause.cohort.domain.ChildOrder;
import org.harbour.pause.cohort.domain.FamilyHistory;
import org.harbour.pause.cohort.domain.OrderKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Family histories read from core's records through the family-removals API (a few statements for
 * everyone), turned into the cohort rules' terms. Checks nothing: callers have checked first.
 */
@ApplicationScoped
public class FamilyHistories {

    @Inject
    private FamilyRemovals removals;

    public List<FamilyHistory> all() {
        return histories(removals.all());
    }

    public Optional<FamilyHistory> of(long motherId) {
        return histories(removals.ofMothers(List.of(motherId))).stream().findFirst();
    }

    public List<FamilyHistory> of(Collection<Long> motherIds) {
        return motherIds.isEmpty() ? List.of() : histories(removals.ofMothers(motherIds));
    }

    /** Whether she is in the cohort on the day: two or more children removed. */
    public boolean inCohort(long motherId, LocalDate on) {
        return of(motherId).map(h -> h.removalsBy(on).size() >= 2).orElse(false);
    }

    static List<FamilyHistory> histories(FamilyRemovalHistories rows) {
        Map<Long, LocalDate> motherBorn = new LinkedHashMap<>();
        Map<Long, List<Child>> children = new LinkedHashMap<>();
        Map<Long, List<Long>> mothersOfChild = new LinkedHashMap<>();
        for (MotherChildLink link : rows.links()) {
            motherBorn.putIfAbsent(link.motherId(), link.motherDateOfBirth());
            List<Child> hers = children.computeIfAbsent(link.motherId(), id -> new ArrayList<>());
            if (hers.stream().noneMatch(c -> c.id() == link.childId())) {
                hers.add(new Child(link.childId(), link.childDateOfBirth()));
                mothersOfChild.computeIfAbsent(link.childId(), id -> new ArrayList<>()).add(link.motherId());
            }
        }
        Map<Long, List<ChildOrder>> orders = new LinkedHashMap<>();
        for (RemovalOrderRow row : rows.orders()) {
            Optional<OrderKind> kind = OrderKind.ofCode(row.code());
            if (kind.isEmpty() || row.date() == null) {
                continue;
            }
            for (Long mother : mothersOfChild.getOrDefault(row.childId(), List.of())) {
                orders.computeIfAbsent(mother, id -> new ArrayList<>()).add(new ChildOrder(row.childId(), kind.get(), row.date()));
            }
        }
        return motherBorn.keySet().stream()
                .map(id -> new FamilyHistory(id, motherBorn.get(id), children.get(id), orders.getOrDefault(id, List.of())))
                .toList();
    }
}
