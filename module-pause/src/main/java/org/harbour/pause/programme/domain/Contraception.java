package org.harbour.pause.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Contraception as a date and her consent; the method is health data, kept apart and shown only with the health-data permission. */
@Entity
@Table(name = "pause_contraception")
public class Contraception extends RecordPart {

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(nullable = false)
    private boolean consented;

    @Column(length = 80)
    private String method;

    protected Contraception() {
    }

    public Contraception(long participationId, LocalDate recordedOn, boolean consented, String method, String by, Instant at) {
        super(participationId, by, at);
        this.recordedOn = recordedOn;
        this.consented = consented;
        this.method = method == null || method.isBlank() ? null : method.trim();
    }

    public LocalDate getRecordedOn() { return recordedOn; }
    public boolean isConsented() { return consented; }
    public String getMethod() { return method; }
}
