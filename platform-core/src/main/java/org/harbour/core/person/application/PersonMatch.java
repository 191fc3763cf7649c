package org.harbour.core.person.application;

import org.harbour.core.person.domain.SexCode;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One search result: only what identifies the person (name, date of birth, sex, postcode) and
 * whether the searcher may open the record. Everything else needs the record itself.
 */
public final class PersonMatch implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String givenName;
    private final String familyName;
    private final LocalDate dateOfBirth;
    private final String sex;
    private final String postcode;
    private final boolean mayOpen;

    public PersonMatch(long id, String givenName, String familyName, LocalDate dateOfBirth, String sex, String postcode,
                       boolean mayOpen) {
        this.id = id;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.postcode = postcode;
        this.mayOpen = mayOpen;
    }

    public long getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getSex() {
        return sex;
    }

    /** The DfE sex code in words, as the search results show it. */
    public String getSexDescription() {
        return SexCode.describe(sex);
    }

    public String getPostcode() {
        return postcode;
    }

    public boolean isMayOpen() {
        return mayOpen;
    }
}
