package org.harbour.portal.testmodule;

import jakarta.enterprise.inject.Produces;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.module.CaseRecordTab;
import org.harbour.core.spi.module.DashboardWidget;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.module.PlatformModule;
import org.harbour.core.spi.settings.SettingDefinition;

/** The minimal module of docs/modules/writing-a-module.md, built and deployed by the tests. */
@PlatformModule(id = "hello", name = "Hello", version = "1.0.0", requires = "performance >= 0.1.0",
        description = "The smallest complete Harbour module: a page, a widget, an endpoint, a setting and a table.")
public class HelloModule {

    public static final String ID = "hello";
    public static final String ACCESS = "hello:access";
    public static final String TIMES = "times";

    private static final ModuleDescriptor MODULE = ModuleDescriptor.of(HelloModule.class);

    @Produces
    NavigationEntry navigation() {
        return NavigationEntry.landingPage(MODULE, "pi pi-comment", 99);
    }

    @Produces
    PermissionDefinition access() {
        return PermissionDefinition.access(MODULE, Roles.PRACTITIONER, Roles.ADMIN);
    }

    @Produces
    SettingDefinition times() {
        return SettingDefinition.wholeNumber(MODULE, TIMES, 1, "How many times the landing page says hello").between(1, 5);
    }

    @Produces
    CaseRecordTab recordTab() {
        return new CaseRecordTab(MODULE.getId(), "Hello", "/hello/record-tab.xhtml", 50);
    }

    @Produces
    DashboardWidget greetingWidget() {
        return new DashboardWidget(MODULE.getId(), "Greeting", "/hello/widget.xhtml", 50, true);
    }

    @Produces
    DashboardWidget settings() {
        return DashboardWidget.moduleSettings(MODULE);
    }
}
