package org.harbour.pause.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One contact with the woman: when, how, and a short note. */
@Entity
@Table(name = "pause_contact")
public class Contact extends RecordPart {

    @Column(name = "contact_on", nullable = false)
    private LocalDate contactOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactKind kind;

    @Column(nullable = false, length = 2000)
    private String note;

    protected Contact() {
    }

    public Contact(long participationId, LocalDate contactOn, ContactKind kind, String note, String by, Instant at) {
        super(participationId, by, at);
        this.contactOn = contactOn;
        this.kind = kind;
        this.note = Participation.text("note", note, "Write a short note of the contact.");
    }

    public LocalDate getContactOn() { return contactOn; }
    public ContactKind getKind() { return kind; }
    public String getNote() { return note; }
}
