package org.harbour.send.sufficiency.application;

import org.harbour.send.sufficiency.domain.OutOfCityScenario;
import org.harbour.send.sufficiency.domain.PlacementFigures;
import org.harbour.send.sufficiency.domain.SpecialSchoolDemand;
import org.harbour.send.sufficiency.domain.TransportTarget;

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

    private final SpecialSchoolDemand demand;
    private final TransportTarget transport;

    SufficiencyView(PlacementFigures f, int unnamed, OutOfCityScenario scenario, SpecialSchoolDemand demand, TransportTarget transport) {
        this.demand = demand;
        this.transport = transport;
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

    /** The growth a year the special school places scenario assumed, in per cent. */
    public BigDecimal getDemandGrowthPercent() {
        return demand.growthPercent();
    }

    public int getDemandYears() {
        return demand.years();
    }

    /** Special school places by primary need and age band: today's and each year ahead's. */
    public List<DemandLine> getDemand() {
        return demand.lines().stream().map(l -> new DemandLine(l.need(), l.band().getLabel(), l.places())).toList();
    }

    /** All special school places today and each year ahead. */
    public List<Integer> getDemandTotals() {
        return demand.totals();
    }

    public BigDecimal getTransportTarget() {
        return transport.target();
    }

    /** Transport spend less its target: above nothing, the saving still to find. */
    public BigDecimal getTransportOverTarget() {
        return transport.overTarget();
    }

    public boolean isTransportOnTarget() {
        return transport.onTarget();
    }

    public BigDecimal getTransportSavingStillNeededPercent() {
        return transport.savingStillNeededPercent();
    }

    /** One need and age band's places, today first. */
    public record DemandLine(String need, String ageBand, List<Integer> places) {
        public int getToday() {
            return places.get(0);
        }

        public int getLast() {
            return places.get(places.size() - 1);
        }
    }
}
