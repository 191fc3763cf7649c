package org.harbour.core.recordsummary.domain;

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

import java.time.Instant;
import java.time.LocalDate;

/** A warning every worker opening the child's record must see first, in force between two dates. */
@Entity(name = "ChildAlert")
@Table(name = "core_child_alert")
public class ChildAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type", nullable = false, length = 30)
    private AlertType type;

    @Column(name = "alert_text", nullable = false, length = 500)
    private String text;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected ChildAlert() {
    }

    public ChildAlert(long personId, String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** In force on the day: started, and not yet ended (the end day still counts). */
    public boolean isInForceOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    public void changed(String by, Instant at) {
        this.stamp = Stamp.of(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public AlertType getType() {
        return type;
    }

    public void setType(AlertType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getLastChangedBy() {
        return stamp == null ? recordedBy : stamp.getUpdatedBy();
    }

    public Instant getLastChangedAt() {
        return stamp == null ? recordedAt : stamp.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }
}
