package org.harbour.core.caseload.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.person.domain.Person;

import java.time.LocalDate;

/** A child's case with children's services: the spine that involvements and modules hang off. */
@Entity
@Table(name = "core_case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 400)
    private String summary;

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(Person person, LocalDate openedOn, String summary) {
        this.person = person;
        this.openedOn = openedOn;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getSummary() {
        return summary;
    }

    public long getVersion() {
        return version;
    }
}
