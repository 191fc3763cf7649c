package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may be referred to Turnaround on a day: a child with an outcome that qualifies (no further
 * action, community resolution, a first youth caution, released under investigation, acquitted or
 * discharged) within the referral window before the day, who has never had Turnaround nor a
 * statutory youth justice order, and who is neither looked after nor on a child protection plan on
 * the day (from the social care record).
 */
public final class TurnaroundEligibility {

    public static final int REFERRAL_WINDOW_MONTHS = 3;

    private TurnaroundEligibility() {
    }

    /** A child who may be referred, with the outcome that qualifies them and the last day of their window. */
    public record Eligible(long personId, OutcomeFact qualifying, LocalDate windowEnds) {
    }

    /**
     * @param outcomes          every outcome of the children considered, any date
     * @param inCareOrProtected children looked after or on a child protection plan on the day
     */
    public static List<Eligible> on(LocalDate day, Collection<OutcomeFact> outcomes, Set<Long> inCareOrProtected) {
        return outcomes.stream().map(OutcomeFact::personId).distinct().sorted()
                .map(child -> check(child, day, outcomes.stream().filter(o -> o.personId() == child).toList(), inCareOrProtected))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<Eligible> check(long child, LocalDate day, List<OutcomeFact> history, Set<Long> inCareOrProtected) {
        if (inCareOrProtected.contains(child)) {
            return Optional.empty();
        }
        List<OutcomeFact> untilDay = history.stream().filter(o -> !o.outcomeOn().isAfter(day)).toList();
        if (untilDay.stream().anyMatch(o -> OutcomeFact.TURNAROUND.equals(o.code()) || o.statutoryOrder() && !o.quashed())) {
            return Optional.empty();
        }
        LocalDate windowStart = day.minusMonths(REFERRAL_WINDOW_MONTHS);
        return untilDay.stream()
                .filter(o -> o.turnaroundTrigger() && o.outcomeOn().isAfter(windowStart))
                .filter(o -> !o.substantive() || isFirstProven(o, untilDay))
                .max(Comparator.comparing(OutcomeFact::outcomeOn))
                .map(o -> new Eligible(child, o, o.outcomeOn().plusMonths(REFERRAL_WINDOW_MONTHS)));
    }

    /** A youth caution qualifies only as the child's first caution or conviction. */
    private static boolean isFirstProven(OutcomeFact candidate, List<OutcomeFact> history) {
        return history.stream().filter(OutcomeFact::proven).filter(o -> o != candidate)
                .noneMatch(o -> !o.outcomeOn().isAfter(candidate.outcomeOn()));
    }
}
