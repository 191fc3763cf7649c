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

    @Column(name = "closure_reason", length = 400)
    private String closureReason;

    /**
     * Which statutory visit timescale the case is on (a visit type code such as {@code CP}), set
     * by the worker; null when not set. Kept as a code so the case spine does not depend on activities.
     */
    @Column(name = "visit_regime", length = 20)
    private String visitRegime;

    @Column(name = "visit_regime_from")
    private LocalDate visitRegimeFrom;

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

    public String getClosureReason() {
        return closureReason;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public void close(LocalDate on, String reason) {
        if (on.isBefore(openedOn)) {
            throw new IllegalArgumentException("A case cannot close before it opened");
        }
        this.closedOn = on;
        this.closureReason = reason;
    }

    public String getVisitRegime() {
        return visitRegime;
    }

    public LocalDate getVisitRegimeFrom() {
        return visitRegimeFrom;
    }

    /** Puts the case on a visit regime from a date (the start of the plan or period it follows). */
    public void setVisitRegime(String regime, LocalDate from) {
        this.visitRegime = regime;
        this.visitRegimeFrom = regime == null ? null : from;
    }

    public long getVersion() {
        return version;
    }
}
