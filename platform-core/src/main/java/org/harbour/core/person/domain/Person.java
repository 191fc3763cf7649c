package org.harbour.core.person.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A child or adult known to the service. */
@Entity
@Table(name = "core_person")
public class Person {

    /** Under this age a person is a child, whatever kind was recorded. */
    public static final int ADULT_AGE = 18;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Enter the given name")
    @Size(max = 100, message = "Given name: at most 100 characters")
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @NotBlank(message = "Enter the family name")
    @Size(max = 100, message = "Family name: at most 100 characters")
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "date_of_death")
    private LocalDate dateOfDeath;

    /** DfE sex code: M, F or U (unknown / not stated). */
    @NotNull(message = "Choose the sex: M, F or U")
    @Pattern(regexp = "[MFU]", message = "Sex must be M, F or U (unknown or not stated)")
    @Column(nullable = false, length = 1)
    private String sex;

    /** DfE ethnicity code, e.g. WBRI. */
    @DfeEthnicity
    @Column(length = 4)
    private String ethnicity;

    @ValidNhsNumber
    @Column(name = "nhs_number", length = 10)
    private String nhsNumber;

    @ValidUpn
    @Column(length = 13)
    private String upn;

    /** The child's UPN before it changed (the census's FormerUPN), e.g. a UPN replaced on adoption. */
    @ValidUpn
    @Column(name = "former_upn", length = 13)
    private String formerUpn;

    /** For an unborn child, the day they are expected (the census's ExpectedPersonBirthDate). */
    @Column(name = "expected_birth_date")
    private LocalDate expectedBirthDate;

    @Size(max = 100, message = "Address line 1: at most 100 characters")
    @Column(name = "address_line_1", length = 100)
    private String addressLine1;

    @Size(max = 100, message = "Address line 2: at most 100 characters")
    @Column(name = "address_line_2", length = 100)
    private String addressLine2;

    @Size(max = 100, message = "Town: at most 100 characters")
    @Column(length = 100)
    private String town;

    @ValidPostcode
    @Column(length = 8)
    private String postcode;

    /** As recorded; {@link #getKind()} derives it from the date of birth where that is known. */
    @Enumerated(EnumType.STRING)
    @Column(name = "person_kind", nullable = false, length = 5)
    private PersonKind recordedKind = PersonKind.CHILD;

    /** Short warnings every worker must see first, e.g. "Do not disclose address". */
    @ElementCollection
    @CollectionTable(name = "core_person_alert", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "alert_order")
    @Column(name = "alert_text", nullable = false, length = 200)
    private List<@NotBlank @Size(max = 200) String> alerts = new ArrayList<>();

    @Column(name = "family_name_key", length = 12)
    private String familyNameKey;

    @Column(name = "family_name_alt_key", length = 12)
    private String familyNameAltKey;

    @Column(name = "given_name_key", length = 12)
    private String givenNameKey;

    @Column(name = "given_name_alt_key", length = 12)
    private String givenNameAltKey;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String givenName, String familyName, LocalDate dateOfBirth, String sex) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        computePhoneticKeys();
        if (dateOfBirth != null) {
            this.recordedKind = kindByAge(dateOfBirth, LocalDate.now());
        }
    }

    /** Keys for spelling-tolerant search, kept in step with the names whenever they are set. */
    @PrePersist
    public void computePhoneticKeys() {
        PhoneticName family = PhoneticName.of(familyName);
        PhoneticName given = PhoneticName.of(givenName);
        familyNameKey = family.primary();
        familyNameAltKey = family.alternate();
        givenNameKey = given.primary();
        givenNameAltKey = given.alternate();
    }

    private static PersonKind kindByAge(LocalDate dateOfBirth, LocalDate today) {
        return Period.between(dateOfBirth, today).getYears() < ADULT_AGE ? PersonKind.CHILD : PersonKind.ADULT;
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

    public void rename(String givenName, String familyName) {
        this.givenName = givenName == null ? null : givenName.strip();
        this.familyName = familyName == null ? null : familyName.strip();
        computePhoneticKeys();
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    /** Age in whole years on the given date, or null when the date of birth is unknown. */
    public Integer ageOn(LocalDate date) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, date).getYears();
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

    /** Child while under 18 (or at death) where the date of birth is known; otherwise as recorded (e.g. a parent). */
    public PersonKind kindOn(LocalDate today) {
        if (dateOfBirth == null) {
            return recordedKind;
        }
        return kindByAge(dateOfBirth, dateOfDeath != null && dateOfDeath.isBefore(today) ? dateOfDeath : today);
    }

    public PersonKind getKind() {
        return kindOn(LocalDate.now());
    }

    public void setKind(PersonKind kind) {
        this.recordedKind = kind == null ? PersonKind.CHILD : kind;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = blankAsNull(ethnicity);
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        String value = blankAsNull(nhsNumber);
        String normalised = NhsNumber.normalise(value);
        if (value != null && !NhsNumber.isValid(normalised)) {
            throw new IllegalArgumentException("Not a valid NHS number");
        }
        this.nhsNumber = normalised;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        String normalised = Upn.normalise(upn);
        if (normalised != null && !Upn.isValid(normalised)) {
            throw new IllegalArgumentException("Not a valid Unique Pupil Number");
        }
        this.upn = normalised;
    }

    public String getFormerUpn() {
        return formerUpn;
    }

    public void setFormerUpn(String formerUpn) {
        String normalised = Upn.normalise(formerUpn);
        if (normalised != null && !Upn.isValid(normalised)) {
            throw new IllegalArgumentException("Not a valid Unique Pupil Number");
        }
        this.formerUpn = normalised;
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

    public String getAddressLine2() {
        return addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setAddress(String addressLine1, String addressLine2, String town) {
        this.addressLine1 = blankAsNull(addressLine1);
        this.addressLine2 = blankAsNull(addressLine2);
        this.town = blankAsNull(town);
    }

    public String getPostcode() {
        return postcode;
    }

    /** Stored in the standard form; a value that is no UK postcode is refused. */
    public void setPostcode(String postcode) {
        String value = blankAsNull(postcode);
        String normalised = Postcode.normalise(value);
        if (value != null && normalised == null) {
            throw new IllegalArgumentException("Not a UK postcode");
        }
        this.postcode = normalised;
    }

    public List<String> getAlerts() {
        return List.copyOf(alerts);
    }

    public void setAlerts(List<String> alerts) {
        this.alerts.clear();
        if (alerts != null) {
            alerts.stream().map(Person::blankAsNull).filter(a -> a != null).forEach(this.alerts::add);
        }
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public void touch(String username, Instant at) {
        this.stamp = Stamp.of(username, at);
    }

    public long getVersion() {
        return version;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
