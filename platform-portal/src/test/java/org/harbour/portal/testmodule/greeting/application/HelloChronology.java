package org.harbour.portal.testmodule.greeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The hello module's contribution to every child's chronology: two greetings, a week apart. */
@ApplicationScoped
public class HelloChronology implements ChronologySource {

    @Override
    public String moduleId() {
        return "hello";
    }

    @Override
    public List<ChronologyEvent> eventsFor(long personId) {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        return List.of(
                new ChronologyEvent("hello", today.minusDays(10), "Greeting", "Greeting sent to person " + personId,
                        "Said hello", "hello.bot"),
                new ChronologyEvent("hello", today.minusDays(3), "Reply", "Greeting answered by person " + personId,
                        null, null));
    }
}
