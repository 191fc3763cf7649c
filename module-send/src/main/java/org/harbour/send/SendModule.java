package org.harbour.send;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.CaseRecordTab;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

import java.math.BigDecimal;
import java.util.List;

/**
 * Descriptor of the SEND module and its contributions to the portal. SEND case officers are
 * practitioners; the SEND manager and decision panel are managers; commissioners keep the
 * settings register; analysts make the SEN2 return.
 */
@PlatformModule(id = "send", name = "SEND", version = "0.2.0",
        description = "EHC needs assessments, Education, Health and Care plans, annual reviews and the SEN2 return.")
public class SendModule {

    public static final String ID = "send";
    public static final String LA_CODE = "la-code";
    public static final String OUT_OF_CITY_TARGET = "out-of-city-target";
    public static final String IN_CITY_PLACE_COST = "in-city-place-cost";
    public static final String SPECIAL_DEMAND_GROWTH = "special-demand-growth";
    public static final String DEMAND_YEARS = "demand-years";
    public static final String TRANSPORT_TARGET = "transport-target";
    public static final String POPULATION_0_TO_25 = "population-0-25";

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(SendModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-book", 30);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Roles.PRACTITIONER, Roles.MANAGER, Roles.COMMISSIONER, Roles.ANALYST, Roles.ADMIN);
    }

    @Produces
    PermissionDefinition record() {
        return permission(SendPermissions.RECORD, "Record requests for EHC needs assessments, advice and exceptions",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition decide() {
        return permission(SendPermissions.DECIDE, "Decide whether to assess and whether to issue an EHC plan",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition plan() {
        return permission(SendPermissions.PLAN, "Write EHC plans and issue drafts, final and amended plans, cease plans",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition review() {
        return permission(SendPermissions.REVIEW, "Record annual reviews of EHC plans and their decisions",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition commission() {
        return permission(SendPermissions.COMMISSION, "Keep the register of schools and settings plans may name",
                Roles.COMMISSIONER, Roles.MANAGER, Roles.ADMIN);
    }

    @Produces
    PermissionDefinition oversee() {
        return permission(SendPermissions.OVERSEE, "See every SEND officer's caseload against the 20 weeks", Roles.MANAGER);
    }

    @Produces
    PermissionDefinition statutoryReturn() {
        return permission(SendPermissions.RETURN, "Make the SEN2 return", Roles.ANALYST, Roles.MANAGER);
    }

    @Produces
    PermissionDefinition healthData() {
        return permission(SendPermissions.HEALTH_DATA, "See health and social care advice given for EHC needs assessments",
                Roles.PRACTITIONER, Roles.MANAGER);
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }

    @Produces
    CaseRecordTab recordTab() {
        return new CaseRecordTab(MODULE.getId(), "SEND", "/WEB-INF/includes/send/record-tab.xhtml", 60);
    }

    /** The statutory 6 weeks is the most a council may take; it may aim for less. */
    @Produces
    SettingDefinition decisionToAssessWeeks() {
        return SettingDefinition.wholeNumber(MODULE, "decision-to-assess-weeks", 6,
                "Weeks from request to the decision whether to assess").between(1, 6);
    }

    /** The statutory 20 weeks, likewise a ceiling. */
    @Produces
    SettingDefinition finalPlanWeeks() {
        return SettingDefinition.wholeNumber(MODULE, "final-plan-weeks", 20,
                "Weeks from request to the final EHC plan").between(1, 20);
    }

    /** The authority's three-digit DfE code, written in the SEN2 header. */
    @Produces
    SettingDefinition laCode() {
        return SettingDefinition.text(MODULE, LA_CODE, "999", "The council's three-digit DfE local authority code for SEN2");
    }

    /** The commissioners' target for out-of-city placements (the city's case: from 62 to 12). */
    @Produces
    SettingDefinition outOfCityTarget() {
        return SettingDefinition.wholeNumber(MODULE, OUT_OF_CITY_TARGET, 12,
                "Out-of-city placements the sufficiency model aims for").between(0, 10_000);
    }

    /** What a place in the city costs a year, against which bringing a child home saves. */
    @Produces
    SettingDefinition inCityPlaceCost() {
        return SettingDefinition.decimal(MODULE, IN_CITY_PLACE_COST, new BigDecimal("25000"),
                "Cost a year of a special school place in the city, in pounds, for the out-of-city model")
                .between(BigDecimal.ZERO, new BigDecimal("999999.99"));
    }

    /** The growth a year in special school places the demand scenario assumes (the city: up to 50% over five years). */
    @Produces
    SettingDefinition specialDemandGrowth() {
        return SettingDefinition.decimal(MODULE, SPECIAL_DEMAND_GROWTH, new BigDecimal("8.4"),
                "Growth a year in demand for special school places, in per cent, for the demand scenario")
                .between(new BigDecimal("-50"), new BigDecimal("100"));
    }

    @Produces
    SettingDefinition demandYears() {
        return SettingDefinition.wholeNumber(MODULE, DEMAND_YEARS, 5, "Years ahead the special school places scenario looks")
                .between(1, 10);
    }

    /** What the council aims to spend a year on home to school transport under its savings plan. */
    @Produces
    SettingDefinition transportTarget() {
        return SettingDefinition.decimal(MODULE, TRANSPORT_TARGET, new BigDecimal("350000"),
                "Target spend a year on home to school transport for children with EHC plans, in pounds (the savings plan)")
                .between(BigDecimal.ZERO, new BigDecimal("99999999.99"));
    }

    /**
     * The residents aged 0 to 25, from the ONS mid-year estimates, for active plans per 10,000 (the
     * city's 2,769 plans at about 550 per 10,000 give about 50,300).
     */
    @Produces
    SettingDefinition population0To25() {
        return SettingDefinition.wholeNumber(MODULE, POPULATION_0_TO_25, 50_300,
                "Residents aged 0 to 25 (ONS mid-year estimate), for active EHC plans per 10,000 of them")
                .between(1, 100_000_000);
    }

    private static PermissionDefinition permission(String code, String description, String... roles) {
        return new PermissionDefinition(code, description, List.of(roles));
    }
}
