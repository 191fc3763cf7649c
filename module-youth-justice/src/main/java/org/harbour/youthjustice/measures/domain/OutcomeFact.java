package org.harbour.youthjustice.measures.domain;

import org.harbour.youthjustice.outcome.domain.Rung;

import java.time.LocalDate;

/**
 * One outcome as the measures count it: the child, the type's code and flags (from the code list),
 * the day of the outcome, the offence it was for and the day that offence was committed (null when
 * there is none), and whether it was quashed on appeal.
 */
public record OutcomeFact(long personId, String code, Rung rung, boolean substantive, boolean custodial,
                          boolean statutoryOrder, boolean turnaroundTrigger, LocalDate outcomeOn, Long offenceId,
                          LocalDate offenceOn, boolean quashed) {

    /** The code of the Turnaround programme in the outcome list. */
    public static final String TURNAROUND = "TURNAROUND";

    /** Counts as a proven offence: a caution or conviction not quashed. */
    public boolean proven() {
        return substantive && !quashed;
    }

    /**
     * The day a first time entry is dated by: an out-of-court disposal by its offence (or, not
     * known, the outcome), a court's outcome by its day (standing in for the first hearing).
     */
    public LocalDate entryDate() {
        return rung == Rung.OUT_OF_COURT && offenceOn != null ? offenceOn : outcomeOn;
    }
}
