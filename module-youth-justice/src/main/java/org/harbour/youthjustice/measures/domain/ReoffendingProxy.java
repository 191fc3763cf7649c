package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local reoffending proxy (labelled as such: the national figure uses police records the
 * service cannot see). The cohort is the children cautioned or convicted in a period (their first
 * such outcome in it is their start); a proven reoffence is an offence committed in the 365 days
 * after the start (day 365 included) and proven, by a caution or conviction not quashed, within 18
 * months of the start (12 months plus 6 to be proven).
 */
public final class ReoffendingProxy {

    public static final int TRACKED_DAYS = 365;
    public static final int PROVEN_WITHIN_MONTHS = 18;

    private ReoffendingProxy() {
    }

    /** The cohort of the period from {@code start} to {@code end} (both included) and its reoffending. */
    public static Result of(Collection<OutcomeFact> outcomes, LocalDate start, LocalDate end) {
        Map<Long, LocalDate> startOf = new HashMap<>();
        outcomes.stream().filter(OutcomeFact::proven)
                .filter(o -> !o.outcomeOn().isBefore(start) && !o.outcomeOn().isAfter(end))
                .sorted(Comparator.comparing(OutcomeFact::outcomeOn))
                .forEach(o -> startOf.putIfAbsent(o.personId(), o.outcomeOn()));
        Set<Long> reoffenders = new TreeSet<>();
        Set<Long> reoffences = new HashSet<>();
        for (OutcomeFact o : outcomes) {
            LocalDate cohortStart = startOf.get(o.personId());
            if (cohortStart == null || !o.proven() || o.offenceOn() == null || o.offenceId() == null) {
                continue;
            }
            long day = ChronoUnit.DAYS.between(cohortStart, o.offenceOn());
            boolean committedInTime = day >= 1 && day <= TRACKED_DAYS;
            boolean provenInTime = !o.outcomeOn().isAfter(cohortStart.plusMonths(PROVEN_WITHIN_MONTHS));
            if (committedInTime && provenInTime && reoffences.add(o.offenceId())) {
                reoffenders.add(o.personId());
            }
        }
        return new Result(new TreeSet<>(startOf.keySet()), reoffenders, reoffences.size());
    }

    /** Who was in the cohort, who reoffended, and how many proven reoffences they had between them. */
    public record Result(Set<Long> cohort, Set<Long> reoffenders, int reoffences) {

        /** Share of the cohort who reoffended, as a percentage; 0 for an empty cohort. */
        public double binaryRatePercent() {
            return cohort.isEmpty() ? 0 : 100.0 * reoffenders.size() / cohort.size();
        }

        public double reoffencesPerReoffender() {
            return reoffenders.isEmpty() ? 0 : (double) reoffences / reoffenders.size();
        }

        public double reoffencesPerChild() {
            return cohort.isEmpty() ? 0 : (double) reoffences / cohort.size();
        }
    }
}
