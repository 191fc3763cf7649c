package org.harbour.core.spi.people;

import java.time.LocalDate;
import java.time.Period;

/**
 * A read-only view of one person on the person index, as a module needs it to name and age a
 * child. Never core's entity: a module cannot change the person through it.
 */
public record PersonSummary(long id, String givenName, String familyName, String fullName, LocalDate dateOfBirth,
                            LocalDate dateOfDeath, String sex, String ethnicity, boolean child) {

    /** Whole years on the date, or null when the date of birth is not known. */
    public Integer ageOn(LocalDate date) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, date).getYears();
    }
}
