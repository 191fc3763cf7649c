package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local reoffending proxy (labelled as such: the national figure uses police records the
 * service cannot see). The cohort is the children cautioned, convicted or released from custody in
 * a period (the first of these in it is their start); a proven reoffence is an offence committed in the tracking
 * period after the start and proven, by a caution or conviction not quashed, within the tracking
 * months plus 6 more of the start. The national tracking is 12 months: 365 days (day 365 included),
 * proven within 18 months. A service tracking other lengths (the module's setting) counts a month
 * as a twelfth of 365 days, in whole days, so 12 months stay exactly the national 365.
 */
public final class ReoffendingProxy {

    public static final int NATIONAL_TRACKING_MONTHS = 12;
    /** Months after the tracking period in which a reoffence may still be proven. */
    public static final int MONTHS_TO_PROVE = 6;
    public static final int MIN_TRACKING_MONTHS = 3;
    public static final int MAX_TRACKING_MONTHS = 24;

    private ReoffendingProxy() {
    }

    /** The cohort of the period from {@code start} to {@code end} (both included), tracked the national 12 months. */
    public static Result of(Collection<OutcomeFact> outcomes, LocalDate start, LocalDate end) {
        return of(outcomes, List.of(), start, end, NATIONAL_TRACKING_MONTHS);
    }

    /** The cohort of the period, tracked {@code trackingMonths}, without releases from custody. */
    public static Result of(Collection<OutcomeFact> outcomes, LocalDate start, LocalDate end, int trackingMonths) {
        return of(outcomes, List.of(), start, end, trackingMonths);
    }

    /** A child released from custody on a day. */
    public record Release(long personId, LocalDate releasedOn) {
    }

    /** Days after the start in which a reoffence is committed: 12 months are 365 days, 3 are 91. */
    public static int trackedDays(int trackingMonths) {
        if (trackingMonths < MIN_TRACKING_MONTHS || trackingMonths > MAX_TRACKING_MONTHS) {
            throw new IllegalArgumentException("A cohort is tracked 3 to 24 months, not " + trackingMonths);
        }
        return trackingMonths * 365 / 12;
    }

    /**
     * The cohort of the period from {@code start} to {@code end} (both included), with the children
     * released from custody in it, tracked {@code trackingMonths}.
     */
    public static Result of(Collection<OutcomeFact> outcomes, Collection<Release> releases, LocalDate start, LocalDate end,
                            int trackingMonths) {
        int trackedDays = trackedDays(trackingMonths);
        int provenWithinMonths = trackingMonths + MONTHS_TO_PROVE;
        Map<Long, LocalDate> startOf = new HashMap<>();
        outcomes.stream().filter(OutcomeFact::proven)
                .filter(o -> !o.outcomeOn().isBefore(start) && !o.outcomeOn().isAfter(end))
                .forEach(o -> startOf.merge(o.personId(), o.outcomeOn(), ReoffendingProxy::earlier));
        releases.stream().filter(r -> !r.releasedOn().isBefore(start) && !r.releasedOn().isAfter(end))
                .forEach(r -> startOf.merge(r.personId(), r.releasedOn(), ReoffendingProxy::earlier));
        Set<Long> reoffenders = new TreeSet<>();
        Set<Long> reoffences = new HashSet<>();
        for (OutcomeFact o : outcomes) {
            LocalDate cohortStart = startOf.get(o.personId());
            if (cohortStart == null || !o.proven() || o.offenceOn() == null || o.offenceId() == null) {
                continue;
            }
            long day = ChronoUnit.DAYS.between(cohortStart, o.offenceOn());
            boolean committedInTime = day >= 1 && day <= trackedDays;
            boolean provenInTime = !o.outcomeOn().isAfter(cohortStart.plusMonths(provenWithinMonths));
            if (committedInTime && provenInTime && reoffences.add(o.offenceId())) {
                reoffenders.add(o.personId());
            }
        }
        return new Result(new TreeSet<>(startOf.keySet()), reoffenders, reoffences.size());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
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
