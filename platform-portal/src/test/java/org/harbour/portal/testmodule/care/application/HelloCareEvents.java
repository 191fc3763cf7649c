package org.harbour.portal.testmodule.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.harbour.core.spi.event.PersonEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Observes every event of core's case spine as a module should, after the change commits, and keeps them for the tests. */
@ApplicationScoped
public class HelloCareEvents {

    private final List<PersonEvent> seen = new CopyOnWriteArrayList<>();

    void observe(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonEvent event) {
        seen.add(event);
    }

    /** The events seen so far about one person, oldest first. */
    public List<PersonEvent> about(long personId) {
        return seen.stream().filter(e -> e.personId() == personId).toList();
    }
}
