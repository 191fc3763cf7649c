package org.harbour.pause.cohort.domain;

import java.time.LocalDate;

/** A child of the woman, as core's relationships link them; the date of birth may be unknown. */
public record Child(long id, LocalDate dateOfBirth) {
}
