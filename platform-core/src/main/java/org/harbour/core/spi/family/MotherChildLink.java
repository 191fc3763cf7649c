package org.harbour.core.spi.family;

import java.time.LocalDate;

/** A woman linked as mother to a child, with both dates of birth (either may be unknown). */
public record MotherChildLink(long motherId, LocalDate motherDateOfBirth, long childId, LocalDate childDateOfBirth) {
}
