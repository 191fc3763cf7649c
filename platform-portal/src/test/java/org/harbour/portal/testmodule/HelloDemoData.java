package org.harbour.portal.testmodule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.access.application.ModuleSwitchboard;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.demo.CoreDemoData;
import org.harbour.core.demo.DemoContext;
import org.harbour.core.demo.DemoDataSeeder;

/** The hello module's demo data: switched on for the SEND team only. */
@ApplicationScoped
public class HelloDemoData implements DemoDataSeeder {

    @Inject
    private ModuleSwitchboard switchboard;

    @Override
    public String moduleId() {
        return "hello";
    }

    @Override
    public void seed(DemoContext context) {
        switchboard.switchModule(context.area(CoreDemoData.SEND_TEAM).getId(), "hello", true, AuditLog.SYSTEM);
    }
}
