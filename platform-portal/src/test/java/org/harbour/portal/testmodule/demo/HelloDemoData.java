package org.harbour.portal.testmodule.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.demo.DemoAreas;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoDataSeeder;

import java.util.Set;

/** The hello module's demo data: switched on for the SEND team only. */
@ApplicationScoped
public class HelloDemoData implements DemoDataSeeder {

    @Override
    public String moduleId() {
        return "hello";
    }

    @Override
    public Set<String> switchedOnIn() {
        return Set.of(DemoAreas.SEND_TEAM);
    }

    @Override
    public void seed(DemoContext context) {
        // Nothing to add: the module's greeting table is filled by its migration.
    }
}
