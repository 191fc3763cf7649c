package org.harbour.portal.testmodule.greeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.portal.testmodule.HelloModule;
import org.harbour.portal.testmodule.greeting.infrastructure.GreetingRepository;

import java.util.Collections;
import java.util.List;

/** Application service of the hello module: the greeting from its own table, as often as its setting says. */
@Named
@ApplicationScoped
@Requires(HelloModule.ACCESS)
public class HelloGreetings {

    @Inject
    private GreetingRepository greetings;

    @Inject
    private ModuleSettings settings;

    public String getGreeting() {
        return greetings.greeting();
    }

    /** The typed setting: the stored value, or the declared default of 1. */
    public int getTimes() {
        return settings.intValue(HelloModule.ID, HelloModule.TIMES);
    }

    public List<String> getGreetings() {
        return Collections.nCopies(getTimes(), getGreeting());
    }
}
