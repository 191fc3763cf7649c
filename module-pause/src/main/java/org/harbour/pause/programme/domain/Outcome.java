package org.harbour.pause.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.harbour.core.spi.error.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Her outcomes at one point (baseline, midpoint, exit): housing, substance misuse, domestic abuse,
 * mental health, education and work, contact with her children, and pregnancies and births since
 * the previous point. One row per point; a later change overwrites it under optimistic locking.
 */
@Entity(name = "PauseOutcome")
@Table(name = "pause_outcome")
public class Outcome extends RecordPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private OutcomePoint point;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Rating housing;

    @Enumerated(EnumType.STRING)
    @Column(name = "substance_misuse", nullable = false, length = 20)
    private Rating substanceMisuse;

    @Enumerated(EnumType.STRING)
    @Column(name = "domestic_abuse", nullable = false, length = 20)
    private Rating domesticAbuse;

    @Enumerated(EnumType.STRING)
    @Column(name = "mental_health", nullable = false, length = 20)
    private Rating mentalHealth;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_work", nullable = false, length = 20)
    private Rating educationWork;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_contact", nullable = false, length = 20)
    private Rating childContact;

    @Column(nullable = false)
    private int pregnancies;

    @Column(nullable = false)
    private int births;

    protected Outcome() {
    }

    public Outcome(long participationId, OutcomePoint point, String by, Instant at) {
        super(participationId, by, at);
        this.point = point;
    }

    /** Every rating is needed (use Not known); counts are whole numbers from 0 to 10. */
    public void assess(LocalDate on, Rating housing, Rating substanceMisuse, Rating domesticAbuse, Rating mentalHealth,
                       Rating educationWork, Rating childContact, int pregnancies, int births) {
        if (on == null) {
            throw new InvalidInputException("assessedOn", "Enter the day the outcomes were assessed.");
        }
        if (housing == null || substanceMisuse == null || domesticAbuse == null || mentalHealth == null
                || educationWork == null || childContact == null) {
            throw new InvalidInputException("ratings", "Rate every area (choose Not known where it is not known).");
        }
        if (pregnancies < 0 || pregnancies > 10 || births < 0 || births > 10) {
            throw new InvalidInputException("pregnancies", "Pregnancies and births are whole numbers from 0 to 10.");
        }
        this.assessedOn = on;
        this.housing = housing;
        this.substanceMisuse = substanceMisuse;
        this.domesticAbuse = domesticAbuse;
        this.mentalHealth = mentalHealth;
        this.educationWork = educationWork;
        this.childContact = childContact;
        this.pregnancies = pregnancies;
        this.births = births;
    }

    public OutcomePoint getPoint() { return point; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public Rating getHousing() { return housing; }
    public Rating getSubstanceMisuse() { return substanceMisuse; }
    public Rating getDomesticAbuse() { return domesticAbuse; }
    public Rating getMentalHealth() { return mentalHealth; }
    public Rating getEducationWork() { return educationWork; }
    public Rating getChildContact() { return childContact; }
    public int getPregnancies() { return pregnancies; }
    public int getBirths() { return births; }
}
