package org.harbour.youthjustice;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

/** Descriptor of the Youth justice module and its contributions to the portal. */
@PlatformModule(id = "youth-justice", name = "Youth justice", version = "0.1.0",
        description = "Prevention, out-of-court disposals, court orders, custody and resettlement for children aged 10 to 17.")
public class YouthJusticeModule {

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(YouthJusticeModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-shield", 20);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Roles.PRACTITIONER, Roles.MANAGER, Roles.ADMIN);
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }

    /** Youth justice works with children aged 10 (the age of criminal responsibility) to 17. */
    @Produces
    SettingDefinition cohortAgeMin() {
        return SettingDefinition.wholeNumber(MODULE, "cohort-age-min", 10,
                "Youngest age counted in the youth justice population").between(10, 17);
    }

    @Produces
    SettingDefinition cohortAgeMax() {
        return SettingDefinition.wholeNumber(MODULE, "cohort-age-max", 17,
                "Oldest age counted in the youth justice population").between(10, 17);
    }

    @Produces
    SettingDefinition reoffendingTrackingMonths() {
        return SettingDefinition.wholeNumber(MODULE, "reoffending-tracking-months", 12,
                "Months each reoffending cohort is tracked").between(3, 24);
    }
}
