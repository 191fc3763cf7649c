package org.harbour.core.caseload.application;

import org.harbour.core.person.domain.SexCode;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the child's record page shows in its summary; getters because Jakarta EL reads no record accessors. */
public final class ChildRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String fullName;
    private final LocalDate dateOfBirth;
    private final Integer age;
    private final String sex;
    private final String ethnicity;
    private final String nhsNumber;
    private final String postcode;
    private final List<OpenCase> openCases;

    public ChildRecord(long personId, String fullName, LocalDate dateOfBirth, Integer age, String sex, String ethnicity,
                       String nhsNumber, String postcode, List<OpenCase> openCases) {
        this.personId = personId;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.age = age;
        this.sex = sex;
        this.ethnicity = ethnicity;
        this.nhsNumber = nhsNumber;
        this.postcode = postcode;
        this.openCases = List.copyOf(openCases);
    }

    public long getPersonId() {
        return personId;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Integer getAge() {
        return age;
    }

    /** DfE sex code: M, F or U. */
    public String getSex() {
        return sex;
    }

    public String getSexDescription() {
        return SexCode.describe(sex);
    }

    /** DfE ethnicity code, e.g. WBRI. */
    public String getEthnicity() {
        return ethnicity;
    }

    public String getEthnicityDescription() {
        return EthnicityNames.describe(ethnicity);
    }

    /** In the 3-3-4 form staff read and say aloud. */
    public String getNhsNumber() {
        return nhsNumber == null ? null
                : nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    public String getPostcode() {
        return postcode;
    }

    public List<OpenCase> getOpenCases() {
        return openCases;
    }
}
