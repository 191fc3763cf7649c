package org.harbour.pause.programme.application;

import org.harbour.pause.programme.domain.Rating;

import java.io.Serializable;
import java.time.LocalDate;

/** Outcomes at one point as a page or the API sends them. */
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate assessedOn;
    private Rating housing;
    private Rating substanceMisuse;
    private Rating domesticAbuse;
    private Rating mentalHealth;
    private Rating educationWork;
    private Rating childContact;
    private int pregnancies;
    private int births;

    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public Rating getHousing() { return housing; }
    public void setHousing(Rating housing) { this.housing = housing; }
    public Rating getSubstanceMisuse() { return substanceMisuse; }
    public void setSubstanceMisuse(Rating substanceMisuse) { this.substanceMisuse = substanceMisuse; }
    public Rating getDomesticAbuse() { return domesticAbuse; }
    public void setDomesticAbuse(Rating domesticAbuse) { this.domesticAbuse = domesticAbuse; }
    public Rating getMentalHealth() { return mentalHealth; }
    public void setMentalHealth(Rating mentalHealth) { this.mentalHealth = mentalHealth; }
    public Rating getEducationWork() { return educationWork; }
    public void setEducationWork(Rating educationWork) { this.educationWork = educationWork; }
    public Rating getChildContact() { return childContact; }
    public void setChildContact(Rating childContact) { this.childContact = childContact; }
    public int getPregnancies() { return pregnancies; }
    public void setPregnancies(int pregnancies) { this.pregnancies = pregnancies; }
    public int getBirths() { return births; }
    public void setBirths(int births) { this.births = births; }
}
