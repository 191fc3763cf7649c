package org.harbour.core.person.application;

import org.harbour.core.person.domain.EthnicityCodes;
import org.harbour.core.person.domain.Person;
import org.harbour.core.person.domain.PersonKind;
import org.harbour.core.person.domain.Upn;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's record as the person page and the API show it; getters because Jakarta EL reads no records. */
public final class PersonView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String givenName;
    private final String familyName;
    private final LocalDate dateOfBirth;
    private final Integer age;
    private final LocalDate dateOfDeath;
    private final String sex;
    private final PersonKind kind;
    private final String ethnicity;
    private final String nhsNumber;
    private final String upn;
    private final String formerUpn;
    private final LocalDate expectedBirthDate;
    private final String addressLine1;
    private final String addressLine2;
    private final String town;
    private final String postcode;
    private final List<String> alerts;
    private final String updatedBy;
    private final Instant updatedAt;
    private final long version;

    public PersonView(Person p, LocalDate today) {
        this.id = p.getId();
        this.givenName = p.getGivenName();
        this.familyName = p.getFamilyName();
        this.dateOfBirth = p.getDateOfBirth();
        this.age = p.getDateOfDeath() == null ? p.ageOn(today) : p.ageOn(p.getDateOfDeath());
        this.dateOfDeath = p.getDateOfDeath();
        this.sex = p.getSex();
        this.kind = p.kindOn(today);
        this.ethnicity = p.getEthnicity();
        this.nhsNumber = p.getNhsNumber();
        this.upn = p.getUpn();
        this.formerUpn = p.getFormerUpn();
        this.expectedBirthDate = p.getExpectedBirthDate();
        this.addressLine1 = p.getAddressLine1();
        this.addressLine2 = p.getAddressLine2();
        this.town = p.getTown();
        this.postcode = p.getPostcode();
        this.alerts = List.copyOf(p.getAlerts());
        this.updatedBy = p.getUpdatedBy();
        this.updatedAt = p.getUpdatedAt();
        this.version = p.getVersion();
    }

    public String getFormerUpn() {
        return formerUpn;
    }

    public LocalDate getExpectedBirthDate() {
        return expectedBirthDate;
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

    public Integer getAge() {
        return age;
    }

    public LocalDate getDateOfDeath() {
        return dateOfDeath;
    }

    public String getSex() {
        return sex;
    }

    public PersonKind getKind() {
        return kind;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getEthnicityLabel() {
        return EthnicityCodes.label(ethnicity).orElse(null);
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    /** In the 3-3-4 form staff read and say aloud. */
    public String getNhsNumberSpaced() {
        return nhsNumber == null ? null
                : nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    public String getUpn() {
        return upn;
    }

    public boolean isTemporaryUpn() {
        return upn != null && Upn.isTemporary(upn);
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public List<String> getAlerts() {
        return alerts;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
