package org.harbour.performance;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

import java.math.BigDecimal;
import java.util.List;

/** Descriptor of the Performance module and its contributions to the portal. */
@PlatformModule(id = "performance", name = "Performance", version = "0.1.0",
        description = "The monthly scorecard, trends, comparators, demand forecasting, risks and scrutiny recommendations.")
public class PerformanceModule {

    public static final String ID = "performance";
    /** Produce, validate and download the statutory returns the performance team owns (SSDA903, CIN census). */
    public static final String RETURNS = "performance:returns";
    /** Counts below this are withheld in slices for users who do not hold the records behind them. */
    public static final String SMALL_NUMBERS_BELOW = "slice-small-numbers-below";
    /** The council's DfE local authority code the returns carry. */
    public static final String LA_CODE = "la-code";

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(PerformanceModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-chart-line", 50);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Roles.ANALYST, Roles.MANAGER, Roles.ADMIN);
    }

    @Produces
    PermissionDefinition drillDown() {
        // Not the administrator's by default: the list names every child counted, and administrators
        // do not work with children's records.
        return new PermissionDefinition("performance:drill-down",
                "List every child behind a scorecard figure (name, date of birth, dates counted, team, worker); "
                        + "the record itself opens only for children the user may reach",
                List.of(Roles.ANALYST, Roles.MANAGER));
    }

    @Produces
    PermissionDefinition recalculate() {
        return new PermissionDefinition("performance:recalculate",
                "Recalculate a frozen scorecard month, with a recorded reason", List.of(Roles.ANALYST, Roles.ADMIN));
    }

    @Produces
    PermissionDefinition manage() {
        return new PermissionDefinition("performance:manage",
                "Edit populations, comparators, entered figures, forecast assumptions, risks and recommendations",
                List.of(Roles.ANALYST, Roles.MANAGER, Roles.ADMIN));
    }

    @Produces
    PermissionDefinition export() {
        return new PermissionDefinition("performance:export",
                "Download the rows behind a figure pseudonymised (keyed pseudonym, birth month, no names)",
                List.of(Roles.ANALYST, Roles.ADMIN));
    }

    @Produces
    SettingDefinition smallNumbers() {
        return SettingDefinition.wholeNumber(MODULE, SMALL_NUMBERS_BELOW, 6,
                "Counts from 1 up to one below this are shown as x in a figure's slices to users who do not hold "
                        + "the records behind them (DfE practice)").between(2, 20);
    }

    @Produces
    PermissionDefinition returns() {
        return new PermissionDefinition(RETURNS,
                "Produce, check and download the SSDA903 and the Children in Need census",
                List.of(Roles.ANALYST, Roles.ADMIN));
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }

    @Produces
    SettingDefinition amberTolerance() {
        return SettingDefinition.decimal(MODULE, "rag-amber-tolerance-percent", BigDecimal.TEN,
                "How far from target an indicator may be and still be amber (%)")
                .between(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    @Produces
    SettingDefinition laCode() {
        return SettingDefinition.text(MODULE, LA_CODE, "999",
                "The council's three-digit DfE local authority code for the SSDA903 and the CIN census");
    }

    @Produces
    SettingDefinition historyMonths() {
        return SettingDefinition.wholeNumber(MODULE, "history-months", 13,
                "Months of history shown on the scorecard").between(12, 25);
    }
}
