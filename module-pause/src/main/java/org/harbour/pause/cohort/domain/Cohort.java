package org.harbour.pause.cohort.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The cohort on a day: every woman with two or more children removed from her care, highest
 * priority first, then the most recent removal first.
 */
public final class Cohort {

    private Cohort() {
    }

    public static List<CohortEntry> on(List<FamilyHistory> histories, LocalDate asOf) {
        return histories.stream()
                .filter(h -> h.removalsBy(asOf).size() >= 2)
                .map(h -> CohortEntry.of(h, asOf))
                .sorted(Comparator.comparing(CohortEntry::priority)
                        .thenComparing(CohortEntry::lastRemovedOn, Comparator.reverseOrder())
                        .thenComparing(CohortEntry::motherId))
                .toList();
    }
}
