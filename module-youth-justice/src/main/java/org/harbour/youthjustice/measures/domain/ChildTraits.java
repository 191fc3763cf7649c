package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;
import java.util.function.Predicate;

/** What disproportionality groups a child by: from the person index, and the social care record's looked-after days. */
public record ChildTraits(long personId, String ethnicity, String sex, LocalDate dateOfBirth, Predicate<LocalDate> lookedAfterOn) {
}
