package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/** What a list of children shows: id, name and date of birth. */
public record ChildRow(long personId, String givenName, String familyName, LocalDate dateOfBirth) {
}
