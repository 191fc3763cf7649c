package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/** The fields of a person a statutory return carries: no names, which returns do not send. */
public record PersonRecordRow(long id, LocalDate dateOfBirth, LocalDate dateOfDeath, String sex, String ethnicity,
                              String upn, String postcode) {
}
