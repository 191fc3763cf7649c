package org.harbour.core.spi.casedata;

import java.time.LocalDate;

/**
 * The fields of a person a statutory return carries: no names, which returns do not send. The
 * former UPN and, for an unborn child, the expected date of birth are null when not recorded.
 */
public record PersonRecordRow(long id, LocalDate dateOfBirth, LocalDate dateOfDeath, String sex, String ethnicity,
                              String upn, String postcode, String formerUpn, LocalDate expectedBirthDate) {

    /** A person with no former UPN and no expected date of birth. */
    public PersonRecordRow(long id, LocalDate dateOfBirth, LocalDate dateOfDeath, String sex, String ethnicity,
                           String upn, String postcode) {
        this(id, dateOfBirth, dateOfDeath, sex, ethnicity, upn, postcode, null, null);
    }
}
