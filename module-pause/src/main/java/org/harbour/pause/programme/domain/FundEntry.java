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

/** A payment from the flexible fund for the woman: driving lessons, a deposit, a course. */
@Entity
@Table(name = "pause_fund_entry")
public class FundEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participation_id", nullable = false, updatable = false)
    private long participationId;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 400)
    private String purpose;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected FundEntry() {
    }

    public FundEntry(long participationId, LocalDate spentOn, BigDecimal amount, String purpose, String by, Instant at) {
        this.participationId = participationId;
        this.spentOn = spentOn;
        this.amount = amount;
        this.purpose = Participation.text("purpose", purpose, "Say what the money was for.");
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public LocalDate getSpentOn() { return spentOn; }
    public BigDecimal getAmount() { return amount; }
    public String getPurpose() { return purpose; }

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
