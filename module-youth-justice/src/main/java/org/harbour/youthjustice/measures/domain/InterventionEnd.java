package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;

/** An intervention that has ended, as KPI 6 counts it: the child, its start and end, and whether it was completed. */
public record InterventionEnd(long personId, LocalDate startedOn, LocalDate endedOn, boolean completed) {
}
