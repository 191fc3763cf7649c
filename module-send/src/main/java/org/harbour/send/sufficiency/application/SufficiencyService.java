package org.harbour.send.sufficiency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.send.SendModule;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.infrastructure.PlanRepository;
import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.sufficiency.domain.OutOfCityScenario;
import org.harbour.send.sufficiency.domain.Placement;
import org.harbour.send.sufficiency.domain.PlacementFigures;

import java.math.BigDecimal;
import java.util.List;

/**
 * The commissioners' view of placements: the placement register by setting with its cost a year,
 * places and cost in and out of the city, high-needs spend by type of setting, home to school
 * transport by mode, and the out-of-city model with the target and city place cost the council set
 * (or those the user tries). Counts only, no child is named; the read is audited.
 */
@ApplicationScoped
@Transactional
@Requires(SendPermissions.ACCESS)
public class SufficiencyService {

    public static final String VIEW = "SEND_SUFFICIENCY_VIEW";
    private static final BigDecimal MAX_COST = new BigDecimal("999999.99");

    @Inject
    private PlanRepository plans;

    @Inject
    private ModuleSettings settings;

    @Inject
    private SendAccess access;

    /** The figures with the model at the target and city place cost given, or the council's settings when null. */
    @Requires(SendPermissions.COMMISSION)
    public SufficiencyView figures(Integer target, BigDecimal inCityPlaceCost) {
        int aim = target != null ? target : settings.intValue(SendModule.ID, SendModule.OUT_OF_CITY_TARGET);
        BigDecimal cityCost = inCityPlaceCost != null ? inCityPlaceCost
                : settings.decimalValue(SendModule.ID, SendModule.IN_CITY_PLACE_COST);
        if (aim < 0 || aim > 10_000) {
            throw new InvalidInputException("target", "The target is a number of places from 0 to 10,000.");
        }
        if (cityCost.signum() < 0 || cityCost.compareTo(MAX_COST) > 0) {
            throw new InvalidInputException("inCityPlaceCost", "A place's cost a year is from 0 to 999,999.99 pounds.");
        }
        List<EhcPlan> active = plans.active();
        List<Placement> placements = active.stream().filter(p -> p.getSetting() != null).map(SufficiencyService::placement).toList();
        PlacementFigures figures = new PlacementFigures(placements);
        OutOfCityScenario scenario = new OutOfCityScenario(figures.outOfCity(), aim, figures.averageOutOfCityCost(), cityCost);
        access.success(VIEW, "module", SendModule.ID, "sufficiency: " + placements.size() + " placements, " + figures.outOfCity()
                + " out of the city; model target " + aim + ", city place " + cityCost.toPlainString());
        return new SufficiencyView(figures, active.size() - placements.size(), scenario);
    }

    private static Placement placement(EhcPlan p) {
        EducationSetting s = p.getSetting();
        return new Placement(s.getId(), s.getName(), s.getType().name(), s.getType().getLabel(), s.isInCity(),
                s.getAnnualCostPerPlace(), p.getTransportMode() == null ? null : p.getTransportMode().name(),
                p.getTransportMode() == null ? null : p.getTransportMode().getLabel(), p.getTransportCost());
    }
}
