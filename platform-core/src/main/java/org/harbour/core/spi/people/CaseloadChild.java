package org.harbour.core.spi.people;

import java.io.Serializable;
import java.time.LocalDate;

/** A child on a worker's caseload (an open case allocated to them). A class with getters, so pages can read it. */
public final class CaseloadChild implements Serializable {

    private final long personId;
    private final String childName;
    private final LocalDate dateOfBirth;
    private final Integer age;

    public CaseloadChild(long personId, String childName, LocalDate dateOfBirth, Integer age) {
        this.personId = personId;
        this.childName = childName;
        this.dateOfBirth = dateOfBirth;
        this.age = age;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    /** Whole years today, or null when the date of birth is not known. */
    public Integer getAge() {
        return age;
    }
}
