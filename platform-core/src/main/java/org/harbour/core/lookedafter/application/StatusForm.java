package org.harbour.core.lookedafter.application;

import java.io.Serializable;
import java.time.LocalDate;

/** The looked-after child's standing facts as entered: UASC, mother, previous permanence, adoption. */
public class StatusForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private LocalDate uascFrom;
    private LocalDate uascCeased;
    private boolean mother;
    private LocalDate childBornOn;
    private String previousPermanence;
    private String previousPermanenceLa;
    private LocalDate previousPermanenceDate;
    private LocalDate adoptionDecidedOn;
    private LocalDate placementOrderOn;
    private LocalDate adoptionMatchedOn;
    private LocalDate placedForAdoptionOn;
    private LocalDate adoptionStoppedOn;
    private String adoptionStoppedReason;
    private boolean adoptedByFosterCarer;
    private Integer adoptersNumber;
    private String adoptersSex;
    private String adoptersLegalStatus;

    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
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
