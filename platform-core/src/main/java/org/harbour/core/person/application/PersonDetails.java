package org.harbour.core.person.application;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.harbour.core.person.domain.DfeEthnicity;
import org.harbour.core.person.domain.PersonKind;
import org.harbour.core.person.domain.ValidNhsNumber;
import org.harbour.core.person.domain.ValidPostcode;
import org.harbour.core.person.domain.ValidUpn;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A person's identifying details as a member of staff enters them: the form of the create and
 * edit pages and the body of the REST API. Field names are the ones errors are reported against.
 */
public class PersonDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the given name")
    @Size(max = 100, message = "Given name: at most 100 characters")
    private String givenName;

    @NotBlank(message = "Enter the family name")
    @Size(max = 100, message = "Family name: at most 100 characters")
    private String familyName;

    @PastOrPresent(message = "The date of birth cannot be in the future")
    private LocalDate dateOfBirth;

    @PastOrPresent(message = "The date of death cannot be in the future")
    private LocalDate dateOfDeath;

    @NotNull(message = "Choose the sex: M, F or U")
    @Pattern(regexp = "[MFU]", message = "Sex must be M, F or U (unknown or not stated)")
    private String sex;

    @NotNull(message = "Choose whether this is a child or an adult")
    private PersonKind kind;

    @DfeEthnicity
    private String ethnicity;

    @ValidNhsNumber
    private String nhsNumber;

    @ValidUpn
    private String upn;

    @ValidUpn
    private String formerUpn;

    /** For an unborn child only: the day they are expected (may lie ahead). */
    private LocalDate expectedBirthDate;

    @Size(max = 100, message = "Address line 1: at most 100 characters")
    private String addressLine1;

    @Size(max = 100, message = "Address line 2: at most 100 characters")
    private String addressLine2;

    @Size(max = 100, message = "Town: at most 100 characters")
    private String town;

    @ValidPostcode
    private String postcode;

    @Size(max = 10, message = "At most 10 alerts")
    private List<@Size(max = 200, message = "Each alert: at most 200 characters") String> alerts = new ArrayList<>();

    /** Code of the service area the person becomes known to on creation; needed only by staff in several areas. */
    @Size(max = 40)
    private String serviceArea;

    /** The version the change is based on (updates only). */
    private Long version;

    public PersonDetails() {
    }

    /** The details as the person's record holds them now, ready to edit. */
    public static PersonDetails of(PersonView p) {
        PersonDetails d = new PersonDetails();
        d.givenName = p.getGivenName();
        d.familyName = p.getFamilyName();
        d.dateOfBirth = p.getDateOfBirth();
        d.dateOfDeath = p.getDateOfDeath();
        d.sex = p.getSex();
        d.kind = p.getKind();
        d.ethnicity = p.getEthnicity();
        d.nhsNumber = p.getNhsNumber();
        d.upn = p.getUpn();
        d.formerUpn = p.getFormerUpn();
        d.expectedBirthDate = p.getExpectedBirthDate();
        d.addressLine1 = p.getAddressLine1();
        d.addressLine2 = p.getAddressLine2();
        d.town = p.getTown();
        d.postcode = p.getPostcode();
        d.alerts = new ArrayList<>(p.getAlerts());
        d.version = p.getVersion();
        return d;
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

    public LocalDate getDateOfDeath() {
        return dateOfDeath;
    }

    public void setDateOfDeath(LocalDate dateOfDeath) {
        this.dateOfDeath = dateOfDeath;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
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
        this.nhsNumber = nhsNumber;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getFormerUpn() {
        return formerUpn;
    }

    public void setFormerUpn(String formerUpn) {
        this.formerUpn = formerUpn;
    }

    public LocalDate getExpectedBirthDate() {
        return expectedBirthDate;
    }

    public void setExpectedBirthDate(LocalDate expectedBirthDate) {
        this.expectedBirthDate = expectedBirthDate;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public List<String> getAlerts() {
        return alerts;
    }

    public void setAlerts(List<String> alerts) {
        this.alerts = alerts == null ? new ArrayList<>() : new ArrayList<>(alerts);
    }

    /** The alerts as the pages edit them: one a line. */
    @JsonbTransient
    public String getAlertsText() {
        return String.join("\n", alerts);
    }

    @JsonbTransient
    public void setAlertsText(String text) {
        alerts = text == null ? new ArrayList<>() : new ArrayList<>(Arrays.stream(text.split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
