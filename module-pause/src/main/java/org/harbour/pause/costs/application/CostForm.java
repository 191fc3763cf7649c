package org.harbour.pause.costs.application;

import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.pause.costs.domain.CostInputs;

import java.io.Serializable;
import java.math.BigDecimal;

/** The calculator's inputs as a page or the API edits them, with a name for saving. */
public class CostForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Integer women;
    private Integer referenceWomen;
    private BigDecimal referenceSavingLow;
    private BigDecimal referenceSavingHigh;
    private BigDecimal pregnanciesPerWomanLow;
    private BigDecimal pregnanciesPerWomanHigh;
    private BigDecimal staffCost;
    private BigDecimal programmeCost;
    private BigDecimal localCost;
    private BigDecimal licenceShare;
    private BigDecimal bespokeCost;
    private Integer programmeMonths;

    public static CostForm of(CostInputs in, String name) {
        CostForm f = new CostForm();
        f.name = name;
        f.women = in.women();
        f.referenceWomen = in.referenceWomen();
        f.referenceSavingLow = in.referenceSavingLow();
        f.referenceSavingHigh = in.referenceSavingHigh();
        f.pregnanciesPerWomanLow = in.pregnanciesPerWomanLow();
        f.pregnanciesPerWomanHigh = in.pregnanciesPerWomanHigh();
        f.staffCost = in.staffCost();
        f.programmeCost = in.programmeCost();
        f.localCost = in.localCost();
        f.licenceShare = in.licenceShare();
        f.bespokeCost = in.bespokeCost();
        f.programmeMonths = in.programmeMonths();
        return f;
    }

    /** The inputs, or a 400 naming what is wrong. */
    public CostInputs inputs() {
        if (women == null || referenceWomen == null || programmeMonths == null || referenceSavingLow == null
                || referenceSavingHigh == null || pregnanciesPerWomanLow == null || pregnanciesPerWomanHigh == null
                || staffCost == null || programmeCost == null || localCost == null || licenceShare == null || bespokeCost == null) {
            throw new InvalidInputException("inputs", "Fill in every figure of the calculator.");
        }
        if (women > 10_000 || referenceWomen > 10_000 || programmeMonths > 120) {
            throw new InvalidInputException("women", "Women are at most 10,000 and the programme at most 120 months.");
        }
        try {
            return new CostInputs(women, referenceWomen, referenceSavingLow, referenceSavingHigh, pregnanciesPerWomanLow,
                    pregnanciesPerWomanHigh, staffCost, programmeCost, localCost, licenceShare, bespokeCost, programmeMonths);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("inputs", e.getMessage() + ".");
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getWomen() { return women; }
    public void setWomen(Integer women) { this.women = women; }
    public Integer getReferenceWomen() { return referenceWomen; }
    public void setReferenceWomen(Integer referenceWomen) { this.referenceWomen = referenceWomen; }
    public BigDecimal getReferenceSavingLow() { return referenceSavingLow; }
    public void setReferenceSavingLow(BigDecimal v) { this.referenceSavingLow = v; }
    public BigDecimal getReferenceSavingHigh() { return referenceSavingHigh; }
    public void setReferenceSavingHigh(BigDecimal v) { this.referenceSavingHigh = v; }
    public BigDecimal getPregnanciesPerWomanLow() { return pregnanciesPerWomanLow; }
    public void setPregnanciesPerWomanLow(BigDecimal v) { this.pregnanciesPerWomanLow = v; }
    public BigDecimal getPregnanciesPerWomanHigh() { return pregnanciesPerWomanHigh; }
    public void setPregnanciesPerWomanHigh(BigDecimal v) { this.pregnanciesPerWomanHigh = v; }
    public BigDecimal getStaffCost() { return staffCost; }
    public void setStaffCost(BigDecimal v) { this.staffCost = v; }
    public BigDecimal getProgrammeCost() { return programmeCost; }
    public void setProgrammeCost(BigDecimal v) { this.programmeCost = v; }
    public BigDecimal getLocalCost() { return localCost; }
    public void setLocalCost(BigDecimal v) { this.localCost = v; }
    public BigDecimal getLicenceShare() { return licenceShare; }
    public void setLicenceShare(BigDecimal v) { this.licenceShare = v; }
    public BigDecimal getBespokeCost() { return bespokeCost; }
    public void setBespokeCost(BigDecimal v) { this.bespokeCost = v; }
    public Integer getProgrammeMonths() { return programmeMonths; }
    public void setProgrammeMonths(Integer v) { this.programmeMonths = v; }
}
