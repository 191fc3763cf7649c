package org.harbour.youthjustice.caution.domain;

import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.domain.OutcomeType;
import org.harbour.youthjustice.outcome.domain.Rung;

import java.util.List;
import java.util.Optional;

/**
 * When the service must assess the child and arrange an intervention after a caution: any youth
 * conditional caution, and a youth caution for a child already cautioned (a second caution). The
 * outcome types are data, so a caution is known by its flags (out of court, substantive), not its code.
 */
public final class CautionDutyRule {

    /** Working days the service gives itself to assess, as for the panel's assessment. */
    public static final int ASSESSMENT_WORKING_DAYS = 10;

    private CautionDutyRule() {
    }

    /** Why the duty arises from this outcome, given the child's other outcomes; empty when it does not. */
    public static Optional<String> reason(Outcome given, List<Outcome> childsOutcomes) {
        OutcomeType type = given.getType();
        if (!isCaution(type)) {
            return Optional.empty();
        }
        if (type.isConditional()) {
            return Optional.of("Youth conditional caution");
        }
        boolean cautionedBefore = childsOutcomes.stream()
                .filter(o -> o != given && (o.getId() == null || !o.getId().equals(given.getId())))
                .filter(o -> !o.isQuashed() && isCaution(o.getType()))
                .anyMatch(o -> !o.getOutcomeOn().isAfter(given.getOutcomeOn()));
        return cautionedBefore ? Optional.of("Second youth caution") : Optional.empty();
    }

    static boolean isCaution(OutcomeType type) {
        return type.getRung() == Rung.OUT_OF_COURT && type.isSubstantive();
    }
}
