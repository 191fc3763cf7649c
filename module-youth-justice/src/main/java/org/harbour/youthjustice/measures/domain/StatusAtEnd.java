package org.harbour.youthjustice.measures.domain;

import org.harbour.youthjustice.plan.domain.StatusFacts;

import java.time.LocalDate;

/** The child's status taken at the end of one order or intervention, as the KPIs 1 to 5 count it. */
public record StatusAtEnd(long personId, LocalDate takenOn, StatusFacts facts) {
}
