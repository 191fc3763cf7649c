package org.harbour.core.lookedafter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The looked-after child's standing facts the SSDA903 reports: unaccompanied asylum-seeking status
 * and the day it ceased (UASC), whether she is a mother and her child's birth (Header MOTHER,
 * MC_DOB), the permanence she or he left before this care (PrevPerm), and the adoption decisions
 * (AD1 and PlacedAdoption). One per child.
 */
@Entity(name = "LookedAfterStatus")
@Table(name = "core_looked_after_status")
public class LookedAfterStatus extends Recorded {

    @Column(name = "uasc_from")
    private LocalDate uascFrom;
    @Column(name = "uasc_ceased")
    private LocalDate uascCeased;
    @Column(nullable = false)
    private boolean mother;
    @Column(name = "child_born_on")
    private LocalDate childBornOn;
    @Column(name = "prev_perm", length = 2)
    private String previousPermanence;
    @Column(name = "prev_perm_la", length = 10)
    private String previousPermanenceLa;
    @Column(name = "prev_perm_date")
    private LocalDate previousPermanenceDate;
    @Column(name = "adoption_decided_on")
    private LocalDate adoptionDecidedOn;
    @Column(name = "placement_order_on")
    private LocalDate placementOrderOn;
    @Column(name = "adoption_matched_on")
    private LocalDate adoptionMatchedOn;
    @Column(name = "placed_for_adoption_on")
    private LocalDate placedForAdoptionOn;
    @Column(name = "adoption_stopped_on")
    private LocalDate adoptionStoppedOn;
    @Column(name = "adoption_stopped_reason", length = 4)
    private String adoptionStoppedReason;
    @Column(name = "adopted_by_foster_carer", nullable = false)
    private boolean adoptedByFosterCarer;
    @Column(name = "adopters_number")
    private Integer adoptersNumber;
    @Column(name = "adopters_sex", length = 2)
    private String adoptersSex;
    @Column(name = "adopters_legal_status", length = 4)
    private String adoptersLegalStatus;

    protected LookedAfterStatus() {
    }

    public LookedAfterStatus(long personId, String recordedBy, Instant recordedAt) {
        super(personId, recordedBy, recordedAt);
    }

    public LocalDate getUascFrom() { return uascFrom; }
    public void setUascFrom(LocalDate v) { this.uascFrom = v; }
    public LocalDate getUascCeased() { return uascCeased; }
    public void setUascCeased(LocalDate v) { this.uascCeased = v; }
    public boolean isMother() { return mother; }
    public void setMother(boolean v) { this.mother = v; }
    public LocalDate getChildBornOn() { return childBornOn; }
    public void setChildBornOn(LocalDate v) { this.childBornOn = v; }
    public String getPreviousPermanence() { return previousPermanence; }
    public void setPreviousPermanence(String v) { this.previousPermanence = v; }
    public String getPreviousPermanenceLa() { return previousPermanenceLa; }
    public void setPreviousPermanenceLa(String v) { this.previousPermanenceLa = v; }
    public LocalDate getPreviousPermanenceDate() { return previousPermanenceDate; }
    public void setPreviousPermanenceDate(LocalDate v) { this.previousPermanenceDate = v; }
    public LocalDate getAdoptionDecidedOn() { return adoptionDecidedOn; }
    public void setAdoptionDecidedOn(LocalDate v) { this.adoptionDecidedOn = v; }
    public LocalDate getPlacementOrderOn() { return placementOrderOn; }
    public void setPlacementOrderOn(LocalDate v) { this.placementOrderOn = v; }
    public LocalDate getAdoptionMatchedOn() { return adoptionMatchedOn; }
    public void setAdoptionMatchedOn(LocalDate v) { this.adoptionMatchedOn = v; }
    public LocalDate getPlacedForAdoptionOn() { return placedForAdoptionOn; }
    public void setPlacedForAdoptionOn(LocalDate v) { this.placedForAdoptionOn = v; }
    public LocalDate getAdoptionStoppedOn() { return adoptionStoppedOn; }
    public void setAdoptionStoppedOn(LocalDate v) { this.adoptionStoppedOn = v; }
    public String getAdoptionStoppedReason() { return adoptionStoppedReason; }
    public void setAdoptionStoppedReason(String v) { this.adoptionStoppedReason = v; }
    public boolean isAdoptedByFosterCarer() { return adoptedByFosterCarer; }
    public void setAdoptedByFosterCarer(boolean v) { this.adoptedByFosterCarer = v; }
    public Integer getAdoptersNumber() { return adoptersNumber; }
    public void setAdoptersNumber(Integer v) { this.adoptersNumber = v; }
    public String getAdoptersSex() { return adoptersSex; }
    public void setAdoptersSex(String v) { this.adoptersSex = v; }
    public String getAdoptersLegalStatus() { return adoptersLegalStatus; }
    public void setAdoptersLegalStatus(String v) { this.adoptersLegalStatus = v; }
}
