package org.harbour.youthjustice.measures.domain;

import org.harbour.youthjustice.outcome.domain.Rung;

import java.time.LocalDate;

/** Outcomes of the ladder as the migration's code list flags them, for hand-worked histories. */
final class Ladder {

    private static long offences = 1000;

    private Ladder() {
    }

    static OutcomeFact communityResolution(long child, LocalDate on) {
        return fact(child, "COMMUNITY_RESOLUTION", Rung.DIVERSION, false, false, false, true, on, on.minusDays(5), false);
    }

    static OutcomeFact noFurtherAction(long child, LocalDate on) {
        return fact(child, "NO_FURTHER_ACTION", Rung.DIVERSION, false, false, false, true, on, on.minusDays(5), false);
    }

    static OutcomeFact outcome22(long child, LocalDate on) {
        return fact(child, "OUTCOME_22", Rung.DIVERSION, false, false, false, false, on, on.minusDays(5), false);
    }

    static OutcomeFact youthCaution(long child, LocalDate on, LocalDate offenceOn) {
        return fact(child, "YOUTH_CAUTION", Rung.OUT_OF_COURT, true, false, false, true, on, offenceOn, false);
    }

    static OutcomeFact conditionalCaution(long child, LocalDate on, LocalDate offenceOn) {
        return fact(child, "YOUTH_CONDITIONAL_CAUTION", Rung.OUT_OF_COURT, true, false, false, false, on, offenceOn, false);
    }

    static OutcomeFact referralOrder(long child, LocalDate on, LocalDate offenceOn) {
        return fact(child, "REFERRAL_ORDER", Rung.COURT, true, false, true, false, on, offenceOn, false);
    }

    static OutcomeFact dto(long child, LocalDate on, boolean quashed) {
        return fact(child, "DETENTION_AND_TRAINING_ORDER", Rung.CUSTODY, true, true, true, false, on, on.minusMonths(2), quashed);
    }

    static OutcomeFact turnaround(long child, LocalDate on) {
        return fact(child, OutcomeFact.TURNAROUND, Rung.PREVENTION, false, false, false, false, on, null, false);
    }

    private static OutcomeFact fact(long child, String code, Rung rung, boolean substantive, boolean custodial, boolean order,
                                    boolean trigger, LocalDate on, LocalDate offenceOn, boolean quashed) {
        return new OutcomeFact(child, code, rung, substantive, custodial, order, trigger, on,
                offenceOn == null ? null : ++offences, offenceOn, quashed);
    }
}
