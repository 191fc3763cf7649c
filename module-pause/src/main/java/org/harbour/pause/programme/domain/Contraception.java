package org.harbour.pause.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Contraception as a date and her consent; the method is health data, kept apart and shown only with the health-data permission. */
@Entity
@Table(name = "pause_contraception")
public class Contraception {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participation_id", nullable = false, updatable = false)
    private long participationId;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(nullable = false)
    private boolean consented;

    @Column(length = 80)
    private String method;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Contraception() {
    }

    public Contraception(long participationId, LocalDate recordedOn, boolean consented, String method, String by, Instant at) {
        this.participationId = participationId;
        this.recordedOn = recordedOn;
        this.consented = consented;
        this.method = method == null || method.isBlank() ? null : method.trim();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public LocalDate getRecordedOn() { return recordedOn; }
    public boolean isConsented() { return consented; }
    public String getMethod() { return method; }

    public void touched(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public Long getId() { return id; }
    public long getParticipationId() { return participationId; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
    public String getUpdatedBy() { return stamp == null ? recordedBy : stamp.getUpdatedBy(); }
    public Instant getUpdatedAt() { return stamp == null ? recordedAt : stamp.getUpdatedAt(); }
}
