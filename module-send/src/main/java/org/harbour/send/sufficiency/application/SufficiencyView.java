package org.harbour.send.sufficiency.application;

import org.harbour.send.sufficiency.domain.OutOfCityScenario;
import org.harbour.send.sufficiency.domain.PlacementFigures;

import java.math.BigDecimal;
import java.util.List;

/** The commissioners' figures and the out-of-city model, as the page and the API show them. */
public class SufficiencyView {

    private final int places;
    private final int unnamed;
    private final int outOfCity;
    private final BigDecimal outOfCityCost;
    private final BigDecimal inCityCost;
    private final BigDecimal transportCost;
    private final BigDecimal averageOutOfCityCost;
    private final BigDecimal averageInCityCost;
    private final int target;
    private final BigDecimal inCityPlaceCost;
    private final int placesBroughtBack;
    private final BigDecimal savingPerPlace;
    private final BigDecimal annualSaving;
    private final List<PlacementFigures.Line> bySetting;
    private final List<PlacementFigures.Line> byType;
    private final List<PlacementFigures.Line> transportByMode;

    SufficiencyView(PlacementFigures f, int unnamed, OutOfCityScenario scenario) {
        this.places = f.places();
        this.unnamed = unnamed;
        this.outOfCity = f.outOfCity();
        this.outOfCityCost = f.outOfCityCost();
        this.inCityCost = f.inCityCost();
        this.transportCost = f.transportCost();
        this.averageOutOfCityCost = f.averageOutOfCityCost();
        this.averageInCityCost = f.averageInCityCost();
        this.target = scenario.target();
        this.inCityPlaceCost = scenario.inCityPlaceCost();
        this.placesBroughtBack = scenario.placesBroughtBack();
        this.savingPerPlace = scenario.savingPerPlace();
        this.annualSaving = scenario.annualSaving();
        this.bySetting = f.bySetting();
        this.byType = f.byType();
        this.transportByMode = f.transportByMode();
    }

    /** Active plans naming a setting. */
    public int getPlaces() {
        return places;
    }

    /** Active plans naming no setting yet (not in the figures). */
    public int getUnnamed() {
        return unnamed;
    }

    public int getOutOfCity() {
        return outOfCity;
    }

    public BigDecimal getOutOfCityCost() {
        return outOfCityCost;
    }

    public BigDecimal getInCityCost() {
        return inCityCost;
    }

    public BigDecimal getTransportCost() {
        return transportCost;
    }

    public BigDecimal getAverageOutOfCityCost() {
        return averageOutOfCityCost;
    }

    public BigDecimal getAverageInCityCost() {
        return averageInCityCost;
    }

    public int getTarget() {
        return target;
    }

    public BigDecimal getInCityPlaceCost() {
        return inCityPlaceCost;
    }

    public int getPlacesBroughtBack() {
        return placesBroughtBack;
    }

    public BigDecimal getSavingPerPlace() {
        return savingPerPlace;
    }

    public BigDecimal getAnnualSaving() {
        return annualSaving;
    }

    public List<PlacementFigures.Line> getBySetting() {
        return bySetting;
    }

    public List<PlacementFigures.Line> getByType() {
        return byType;
    }

    public List<PlacementFigures.Line> getTransportByMode() {
        return transportByMode;
    }
}
