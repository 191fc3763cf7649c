package org.harbour.send.sufficiency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.send.SendModule;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.infrastructure.PlanRepository;
import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.register.domain.SettingType;
import org.harbour.send.sufficiency.domain.OutOfCityScenario;
import org.harbour.send.sufficiency.domain.Placement;
import org.harbour.send.sufficiency.domain.PlacementFigures;
import org.harbour.send.sufficiency.domain.SpecialSchoolDemand;
import org.harbour.send.sufficiency.domain.TransportTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    private static final BigDecimal MAX_TRANSPORT = new BigDecimal("99999999.99");
    private static final Set<SettingType> SPECIAL_SCHOOLS = EnumSet.of(SettingType.SPECIAL, SettingType.INDEPENDENT_SPECIAL);

    @Inject
    private PlanRepository plans;

    @Inject
    private ModuleSettings settings;

    @Inject
    private SendAccess access;

    @Inject
    private People people;

    /** The figures with the model at the target and city place cost given, or the council's settings when null. */
    @Requires(SendPermissions.COMMISSION)
    public SufficiencyView figures(Integer target, BigDecimal inCityPlaceCost) {
        return figures(target, inCityPlaceCost, null, null, null);
    }

    /**
     * The figures, the out-of-city model, special school places demand at a growth a year over some
     * years, and transport against a target spend: each at the council's setting when null.
     */
    @Requires(SendPermissions.COMMISSION)
    public SufficiencyView figures(Integer target, BigDecimal inCityPlaceCost, BigDecimal growth, Integer years,
                                   BigDecimal transportTarget) {
        int aim = target != null ? target : settings.intValue(SendModule.ID, SendModule.OUT_OF_CITY_TARGET);
        BigDecimal cityCost = inCityPlaceCost != null ? inCityPlaceCost
                : settings.decimalValue(SendModule.ID, SendModule.IN_CITY_PLACE_COST);
        if (aim < 0 || aim > 10_000) {
            throw new InvalidInputException("target", "The target is a number of places from 0 to 10,000.");
        }
        if (cityCost.signum() < 0 || cityCost.compareTo(MAX_COST) > 0) {
            throw new InvalidInputException("inCityPlaceCost", "A place's cost a year is from 0 to 999,999.99 pounds.");
        }
        BigDecimal grow = growth != null ? growth : settings.decimalValue(SendModule.ID, SendModule.SPECIAL_DEMAND_GROWTH);
        int ahead = years != null ? years : settings.intValue(SendModule.ID, SendModule.DEMAND_YEARS);
        BigDecimal transportAim = transportTarget != null ? transportTarget
                : settings.decimalValue(SendModule.ID, SendModule.TRANSPORT_TARGET);
        if (transportAim.signum() < 0 || transportAim.compareTo(MAX_TRANSPORT) > 0) {
            throw new InvalidInputException("transportTarget", "The transport target is from 0 to 99,999,999.99 pounds.");
        }
        List<EhcPlan> active = plans.active();
        List<Placement> placements = active.stream().filter(p -> p.getSetting() != null).map(SufficiencyService::placement).toList();
        PlacementFigures figures = new PlacementFigures(placements);
        OutOfCityScenario scenario = new OutOfCityScenario(figures.outOfCity(), aim, figures.averageOutOfCityCost(), cityCost);
        SpecialSchoolDemand demand;
        try {
            demand = new SpecialSchoolDemand(specialSchoolPupils(active), grow, ahead);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage().startsWith("Growth") ? "growth" : "years", e.getMessage());
        }
        TransportTarget transport = new TransportTarget(figures.transportCost(), transportAim);
        access.success(VIEW, "module", SendModule.ID, "sufficiency: " + placements.size() + " placements, " + figures.outOfCity()
                + " out of the city; model target " + aim + ", city place " + cityCost.toPlainString());
        return new SufficiencyView(figures, active.size() - placements.size(), scenario, demand, transport);
    }

    /** The figures as an Excel workbook, at the scenario given (the council's settings where null). */
    @Requires(SendPermissions.COMMISSION)
    public byte[] workbook(Integer target, BigDecimal inCityPlaceCost, BigDecimal growth, Integer years, BigDecimal transportTarget) {
        byte[] file = SufficiencyExports.workbook(figures(target, inCityPlaceCost, growth, years, transportTarget));
        access.success(VIEW, "module", SendModule.ID, "sufficiency exported as Excel");
        return file;
    }

    /** The figures as a tagged PDF, at the scenario given (the council's settings where null). */
    @Requires(SendPermissions.COMMISSION)
    public byte[] pdf(Integer target, BigDecimal inCityPlaceCost, BigDecimal growth, Integer years, BigDecimal transportTarget) {
        byte[] file = SufficiencyExports.pdf(figures(target, inCityPlaceCost, growth, years, transportTarget));
        access.success(VIEW, "module", SendModule.ID, "sufficiency exported as PDF");
        return file;
    }

    /** Children in special schools (state-funded and independent) by their primary need and age today. */
    private List<SpecialSchoolDemand.Pupil> specialSchoolPupils(List<EhcPlan> active) {
        LocalDate today = access.today();
        List<SpecialSchoolDemand.Pupil> pupils = new ArrayList<>();
        for (EhcPlan p : active) {
            if (p.getSetting() == null || !SPECIAL_SCHOOLS.contains(p.getSetting().getType()) || p.getNeeds().isEmpty()) {
                continue;
            }
            Integer age = people.find(p.getPersonId()).map(c -> c.ageOn(today)).orElse(null);
            if (age != null) {
                pupils.add(new SpecialSchoolDemand.Pupil(p.getNeeds().get(0).getSenType().getLabel(), age));
            }
        }
        return pupils;
    }

    private static Placement placement(EhcPlan p) {
        EducationSetting s = p.getSetting();
        String name = s.isResidential() ? s.getName() + " (residential, " + s.getResidentialWeeks() + " weeks a year)" : s.getName();
        return new Placement(s.getId(), name, s.getType().name(), s.getType().getLabel(), s.isInCity(),
                s.getAnnualCostPerPlace(), p.getTransportMode() == null ? null : p.getTransportMode().name(),
                p.getTransportMode() == null ? null : p.getTransportMode().getLabel(), p.getTransportCost());
    }
}
