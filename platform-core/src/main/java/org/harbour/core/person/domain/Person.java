package org.harbour.core.person.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.Period;

/** A child or adult known to the service. */
@Entity
@Table(name = "core_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    /** DfE sex code: M, F or U (unknown / not stated). */
    @Pattern(regexp = "[MFU]")
    @Column(nullable = false, length = 1)
    private String sex;

    /** DfE ethnicity code, e.g. WBRI. */
    @Size(max = 4)
    @Column(length = 4)
    private String ethnicity;

    @Column(name = "nhs_number", length = 10)
    private String nhsNumber;

    @Size(max = 8)
    @Column(length = 8)
    private String postcode;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String givenName, String familyName, LocalDate dateOfBirth, String sex) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
    }

    public Long getId() {
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

    /** Age in whole years on the given date, or null when the date of birth is unknown. */
    public Integer ageOn(LocalDate date) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, date).getYears();
    }

    public String getSex() {
        return sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        String normalised = NhsNumber.normalise(nhsNumber);
        if (nhsNumber != null && !NhsNumber.isValid(normalised)) {
            throw new IllegalArgumentException("Not a valid NHS number");
        }
        this.nhsNumber = normalised;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public long getVersion() {
        return version;
    }
}
