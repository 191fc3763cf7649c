package org.harbour.core.person.application;

import jakarta.validation.constraints.Size;
import org.harbour.core.person.domain.ValidNhsNumber;
import org.harbour.core.person.domain.ValidUpn;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a member of staff searches the person index by; any combination, at least one. */
public class SearchCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 100, message = "Given name: at most 100 characters")
    private String givenName;

    @Size(max = 100, message = "Family name: at most 100 characters")
    private String familyName;

    private LocalDate dateOfBirth;

    @ValidNhsNumber
    private String nhsNumber;

    @ValidUpn
    private String upn;

    /** A full postcode, or only its outward part (e.g. HB3). */
    @Size(max = 10, message = "Postcode: at most 10 characters")
    private String postcode;

    public SearchCriteria() {
    }

    public SearchCriteria(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber, String upn,
                          String postcode) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.nhsNumber = nhsNumber;
        this.upn = upn;
        this.postcode = postcode;
    }

    /** Names of the criteria given, for the audit trail: which kinds of criteria, never their values. */
    public List<String> given() {
        List<String> names = new ArrayList<>();
        if (present(givenName)) {
            names.add("givenName");
        }
        if (present(familyName)) {
            names.add("familyName");
        }
        if (dateOfBirth != null) {
            names.add("dateOfBirth");
        }
        if (present(nhsNumber)) {
            names.add("nhsNumber");
        }
        if (present(upn)) {
            names.add("upn");
        }
        if (present(postcode)) {
            names.add("postcode");
        }
        return names;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
