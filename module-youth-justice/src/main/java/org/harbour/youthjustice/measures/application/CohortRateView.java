package org.harbour.youthjustice.measures.application;

import java.io.Serializable;
import java.time.LocalDate;

/** One quarter's reoffending cohort in the run of cohorts the measures page charts. */
public record CohortRateView(LocalDate quarterStart, String label, int cohort, int reoffenders, double binaryRatePercent,
                             boolean complete) implements Serializable {
}
