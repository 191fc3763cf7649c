package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;

/** One remand as the measures count it: the child, where to ({@code LOCAL_AUTHORITY}, {@code YOUTH_DETENTION}) and when it began. */
public record RemandFact(long personId, String kind, LocalDate startedOn) {
}
