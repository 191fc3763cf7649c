package org.harbour.youthjustice.court.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/** A pre-sentence report the court asked the service for: requested, due, filed. Overdue while unfiled after its due day. */
@Entity(name = "YjPreSentenceReport")
@Table(name = "youth_justice_pre_sentence_report")
public class PreSentenceReport extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "hearing_id")
    private Long hearingId;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    protected PreSentenceReport() {
    }

    public PreSentenceReport(long personId, Long hearingId, LocalDate requestedOn, LocalDate dueOn, String by, Instant at) {
        super(by, at);
        if (dueOn.isBefore(requestedOn)) {
            throw new IllegalArgumentException("A report cannot be due before it was asked for");
        }
        this.personId = personId;
        this.hearingId = hearingId;
        this.requestedOn = requestedOn;
        this.dueOn = dueOn;
    }

    public boolean isFiled() {
        return filedOn != null;
    }

    /** Unfiled and its due day has passed. */
    public boolean isOverdue(LocalDate today) {
        return filedOn == null && dueOn.isBefore(today);
    }

    /** Filed late: after its due day. */
    public boolean isLate() {
        return filedOn != null && filedOn.isAfter(dueOn);
    }

    public void file(LocalDate on) {
        if (isFiled()) {
            throw new IllegalStateException("Already filed on " + filedOn);
        }
        if (on.isBefore(requestedOn)) {
            throw new IllegalArgumentException("A report cannot be filed before it was asked for");
        }
        this.filedOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getHearingId() {
        return hearingId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }
}
