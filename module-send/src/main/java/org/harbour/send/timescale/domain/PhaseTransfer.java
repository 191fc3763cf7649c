package org.harbour.send.timescale.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The deadlines for reviewing and amending a plan before a move between phases of education: 15
 * February of the calendar year of the move for a move between schools (early years to school,
 * infant to junior, primary to secondary), 31 March for a move from school to post-16
 * education. The transfer year is the year of the September in which the child moves.
 */
public enum PhaseTransfer {

    INTO_SCHOOL("Early years to school", MonthDay.of(2, 15)),
    INFANT_TO_JUNIOR("Infant to junior school", MonthDay.of(2, 15)),
    PRIMARY_TO_SECONDARY("Primary to secondary school", MonthDay.of(2, 15)),
    SCHOOL_TO_POST_16("School to post-16 education", MonthDay.of(3, 31));

    private final String label;
    private final MonthDay deadline;

    PhaseTransfer(String label, MonthDay deadline) {
        this.label = label;
        this.deadline = deadline;
    }

    /** The day by which the amended plan naming the new setting must be issued, for a move in September of the year. */
    public LocalDate deadline(int transferYear) {
        return deadline.atYear(transferYear);
    }

    public String getLabel() {
        return label;
    }
}
