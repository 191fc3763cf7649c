package org.harbour.send.sufficiency.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commissioners' figures over the active plans' placements: places and cost a year in and out
 * of the city, by setting (the placement register), by type of setting (high-needs spend) and home
 * to school transport by mode. A place whose setting has no cost on the register is counted and
 * listed as uncosted, never as free.
 */
public final class PlacementFigures {

    /** One line of a breakdown: what, places, places without a cost, cost a year of the costed ones. */
    public record Line(String key, String label, boolean inCity, int places, int uncosted, BigDecimal cost) {
    }

    private final List<Line> bySetting;
    private final List<Line> byType;
    private final List<Line> transportByMode;
    private final int places;
    private final int outOfCity;
    private final BigDecimal outOfCityCost;
    private final int outOfCityCosted;
    private final BigDecimal inCityCost;
    private final int inCityCosted;
    private final BigDecimal transportCost;

    public PlacementFigures(Collection<Placement> placements) {
        this.places = placements.size();
        this.bySetting = lines(placements, p -> Long.toString(p.settingId()), Placement::settingName, true);
        this.byType = lines(placements, Placement::settingType, Placement::settingTypeLabel, false);
        List<Placement> travelling = placements.stream().filter(p -> p.transportMode() != null).toList();
        this.transportByMode = new ArrayList<>();
        Map<String, List<Placement>> modes = new LinkedHashMap<>();
        travelling.stream().sorted(Comparator.comparing(Placement::transportMode))
                .forEach(p -> modes.computeIfAbsent(p.transportMode(), k -> new ArrayList<>()).add(p));
        modes.forEach((mode, ps) -> transportByMode.add(new Line(mode, ps.get(0).transportModeLabel(), true, ps.size(),
                (int) ps.stream().filter(p -> p.transportCost() == null).count(), sum(ps.stream().map(Placement::transportCost).toList()))));
        List<Placement> out = placements.stream().filter(p -> !p.inCity()).toList();
        List<Placement> in = placements.stream().filter(Placement::inCity).toList();
        this.outOfCity = out.size();
        this.outOfCityCost = sum(out.stream().map(Placement::annualCost).toList());
        this.outOfCityCosted = (int) out.stream().filter(p -> p.annualCost() != null).count();
        this.inCityCost = sum(in.stream().map(Placement::annualCost).toList());
        this.inCityCosted = (int) in.stream().filter(p -> p.annualCost() != null).count();
        this.transportCost = sum(travelling.stream().map(Placement::transportCost).toList());
    }

    private static List<Line> lines(Collection<Placement> placements, java.util.function.Function<Placement, String> key,
                                    java.util.function.Function<Placement, String> label, boolean bySetting) {
        Map<String, List<Placement>> groups = new LinkedHashMap<>();
        placements.forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        List<Line> lines = new ArrayList<>();
        groups.forEach((k, ps) -> lines.add(new Line(k, label.apply(ps.get(0)), !bySetting || ps.get(0).inCity(), ps.size(),
                (int) ps.stream().filter(p -> p.annualCost() == null).count(), sum(ps.stream().map(Placement::annualCost).toList()))));
        lines.sort(Comparator.comparing(Line::cost).reversed().thenComparing(Line::label));
        return lines;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /** The average cost a year of an out-of-city place, over those with a cost; zero when none has one. */
    public BigDecimal averageOutOfCityCost() {
        return outOfCityCosted == 0 ? BigDecimal.ZERO.setScale(2)
                : outOfCityCost.divide(BigDecimal.valueOf(outOfCityCosted), 2, RoundingMode.HALF_UP);
    }

    /** The average cost a year of a place in the city, over those with a cost; zero when none has one. */
    public BigDecimal averageInCityCost() {
        return inCityCosted == 0 ? BigDecimal.ZERO.setScale(2)
                : inCityCost.divide(BigDecimal.valueOf(inCityCosted), 2, RoundingMode.HALF_UP);
    }

    public List<Line> bySetting() {
        return bySetting;
    }

    public List<Line> byType() {
        return byType;
    }

    public List<Line> transportByMode() {
        return transportByMode;
    }

    public int places() {
        return places;
    }

    public int outOfCity() {
        return outOfCity;
    }

    public BigDecimal outOfCityCost() {
        return outOfCityCost;
    }

    public BigDecimal inCityCost() {
        return inCityCost;
    }

    public BigDecimal transportCost() {
        return transportCost;
    }
}
