package org.harbour.send.indicators.domain;

import org.harbour.send.timescale.domain.EhcTimescales;
import org.harbour.send.timescale.domain.PhaseTransfer;
import org.harbour.send.timescale.domain.ReviewTimescales;

import java.time.LocalDate;

/**
 * An amended plan issued after an annual review: the day it was due (12 weeks after the review
 * meeting, or the phase transfer deadline when earlier) and the day it was issued.
 */
public record AmendedPlan(long personId, LocalDate dueBy, LocalDate issued) {

    /** The amended plan after a meeting, due 12 weeks after it or by the phase transfer deadline when that is earlier. */
    public static AmendedPlan after(long personId, LocalDate meeting, PhaseTransfer transfer, Integer transferYear,
                                    LocalDate issued) {
        LocalDate due = ReviewTimescales.amendedPlanDue(meeting);
        if (transfer != null && transferYear != null && transfer.deadline(transferYear).isBefore(due)) {
            due = transfer.deadline(transferYear);
        }
        return new AmendedPlan(personId, due, issued);
    }

    public boolean inTime() {
        return EhcTimescales.onTime(issued, dueBy);
    }
}
