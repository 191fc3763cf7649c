package org.harbour.core.person.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** What tells one person from another when looking for duplicates; identifiers in standard form. */
public record IdentifyingDetails(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
                                 String upn, String postcode) implements Serializable {

    /** Normalises identifiers; values that are not valid identifiers count as absent. */
    public static IdentifyingDetails of(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
                                        String upn, String postcode) {
        String nhs = NhsNumber.isValid(nhsNumber) ? NhsNumber.normalise(nhsNumber) : null;
        String pupil = Upn.isValid(upn) ? Upn.normalise(upn) : null;
        return new IdentifyingDetails(givenName, familyName, dateOfBirth, nhs, pupil, Postcode.normalise(postcode));
    }

    public static IdentifyingDetails of(Person p) {
        return new IdentifyingDetails(p.getGivenName(), p.getFamilyName(), p.getDateOfBirth(), p.getNhsNumber(),
                p.getUpn(), p.getPostcode());
    }
}
