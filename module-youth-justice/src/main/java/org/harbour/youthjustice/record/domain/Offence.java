package org.harbour.youthjustice.record.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.harbour.youthjustice.recording.domain.Recorded;

import java.time.Instant;
import java.time.LocalDate;

/** An offence a child is alleged or proven to have committed, with its gravity score (1 to 8). */
@Entity
@Table(name = "youth_justice_offence")
public class Offence extends Recorded {

    public static final int LOWEST_GRAVITY = 1;
    public static final int HIGHEST_GRAVITY = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "committed_on", nullable = false)
    private LocalDate committedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "offence_type", nullable = false, length = 40)
    private OffenceType type;

    @Column(nullable = false)
    private int gravity;

    @Column(nullable = false)
    private boolean weapon;

    @Column(nullable = false, length = 500)
    private String description;

    protected Offence() {
    }

    public Offence(long personId, LocalDate committedOn, OffenceType type, int gravity, boolean weapon, String description,
                   String by, Instant at) {
        super(by, at);
        if (gravity < LOWEST_GRAVITY || gravity > HIGHEST_GRAVITY) {
            throw new IllegalArgumentException("Gravity is 1 to 8, not " + gravity);
        }
        this.personId = personId;
        this.committedOn = committedOn;
        this.type = type;
        this.gravity = gravity;
        this.weapon = weapon;
        this.description = description;
    }

    /** Derived, never stored: a drug, robbery or violence offence of gravity 5 or more. */
    public boolean isSeriousViolence() {
        return type.isSeriousViolence(gravity);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getCommittedOn() {
        return committedOn;
    }

    public OffenceType getType() {
        return type;
    }

    public int getGravity() {
        return gravity;
    }

    public boolean isWeapon() {
        return weapon;
    }

    public String getDescription() {
        return description;
    }
}
