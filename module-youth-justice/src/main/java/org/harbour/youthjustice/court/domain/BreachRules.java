package org.harbour.youthjustice.court.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a failure to comply may be recorded against an order, and how: within the order's term; and
 * on a youth rehabilitation order only one warning in 12 months, so a further failure within 12
 * months of a warning goes back to court (Sentencing Code, Schedule 7).
 */
public final class BreachRules {

    public static final int WARNING_MONTHS = 12;

    private BreachRules() {
    }

    /** Why this breach cannot be recorded, if it cannot. */
    public static Optional<RuleBroken> refusal(CourtOrder order, List<Breach> earlier, LocalDate failedOn, BreachAction action) {
        if (!order.term().covers(failedOn)) {
            return Optional.of(new RuleBroken("failedOn", "The order ran from " + order.getStartsOn()
                    + (order.getEndsOn() == null ? "" : " to " + order.getEndsOn()) + ": a failure outside it is not a breach of it."));
        }
        if (action == BreachAction.WARNING && order.getKind() == OrderKind.YOUTH_REHABILITATION_ORDER) {
            Optional<LocalDate> recentWarning = earlier.stream().filter(b -> b.getAction() == BreachAction.WARNING)
                    .map(Breach::getFailedOn)
                    .filter(w -> !w.isAfter(failedOn) && w.plusMonths(WARNING_MONTHS).isAfter(failedOn))
                    .max(LocalDate::compareTo);
            if (recentWarning.isPresent()) {
                return Optional.of(new RuleBroken("action", "A warning was given on " + recentWarning.get()
                        + ": a further failure within 12 months goes back to court."));
            }
        }
        return Optional.empty();
    }
}
