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

/** One contact with the woman: when, how, and a short note. */
@Entity
@Table(name = "pause_contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participation_id", nullable = false, updatable = false)
    private long participationId;

    @Column(name = "contact_on", nullable = false)
    private LocalDate contactOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactKind kind;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(long participationId, LocalDate contactOn, ContactKind kind, String note, String by, Instant at) {
        this.participationId = participationId;
        this.contactOn = contactOn;
        this.kind = kind;
        this.note = Participation.text("note", note, "Write a short note of the contact.");
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public LocalDate getContactOn() { return contactOn; }
    public ContactKind getKind() { return kind; }
    public String getNote() { return note; }

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
