package org.harbour.send.register.application;

import org.harbour.send.register.domain.EducationSetting;

import java.io.Serializable;
import java.math.BigDecimal;

/** A school or setting of the register as shown: its type in words, where it is. */
public class SettingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String urn;
    private final String ukprn;
    private final String type;
    private final String typeLabel;
    private final boolean inCity;
    private final BigDecimal annualCostPerPlace;
    private final Integer residentialWeeks;
    private final long version;

    public SettingView(EducationSetting s) {
        this.id = s.getId();
        this.name = s.getName();
        this.urn = s.getUrn();
        this.ukprn = s.getUkprn();
        this.type = s.getType().getCode();
        this.typeLabel = s.getType().getLabel();
        this.inCity = s.isInCity();
        this.annualCostPerPlace = s.getAnnualCostPerPlace();
        this.residentialWeeks = s.getResidentialWeeks();
        this.version = s.getVersion();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrn() {
        return urn;
    }

    public String getUkprn() {
        return ukprn;
    }

    public String getType() {
        return type;
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public boolean isInCity() {
        return inCity;
    }

    /** The cost a year of one place; null when not recorded. */
    public BigDecimal getAnnualCostPerPlace() {
        return annualCostPerPlace;
    }

    /** Weeks a year of residential places; null for a day setting. */
    public Integer getResidentialWeeks() {
        return residentialWeeks;
    }

    public long getVersion() {
        return version;
    }

    /** "Riverside Academy (Mainstream school, in the city)"; a residential setting says its weeks. */
    public String getDescription() {
        return name + " (" + typeLabel + ", " + (inCity ? "in the city" : "out of the city")
                + (residentialWeeks == null ? "" : ", residential " + residentialWeeks + " weeks a year") + ")";
    }
}
