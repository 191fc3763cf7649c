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

/** A goal of the woman's plan, agreed with her, until achieved (or not). */
@Entity
@Table(name = "pause_goal")
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participation_id", nullable = false, updatable = false)
    private long participationId;

    @Column(nullable = false, length = 400)
    private String description;

    @Column(name = "target_on")
    private LocalDate targetOn;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Goal() {
    }

    public Goal(long participationId, String description, LocalDate targetOn, String by, Instant at) {
        this.participationId = participationId;
        this.description = Participation.text("description", description, "Describe the goal.");
        this.targetOn = targetOn;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void achieved(LocalDate on) {
        this.achievedOn = on;
    }

    public String getDescription() { return description; }
    public LocalDate getTargetOn() { return targetOn; }
    public LocalDate getAchievedOn() { return achievedOn; }

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
