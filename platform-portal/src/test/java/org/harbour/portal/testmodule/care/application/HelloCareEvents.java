package org.harbour.portal.testmodule.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.harbour.core.spi.event.ChildBecameLookedAfter;
import org.harbour.core.spi.event.ChildLeftCare;
import org.harbour.core.spi.event.PersonDetailsChanged;
import org.harbour.core.spi.event.PlanEnded;
import org.harbour.core.spi.event.PlanStarted;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Observes core's events as a module should, after the change commits, and keeps what it saw for the tests. */
@ApplicationScoped
public class HelloCareEvents {

    private final List<Object> seen = new CopyOnWriteArrayList<>();

    void lookedAfter(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChildBecameLookedAfter event) {
        seen.add(event);
    }

    void leftCare(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChildLeftCare event) {
        seen.add(event);
    }

    void planStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanStarted event) {
        seen.add(event);
    }

    void planEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanEnded event) {
        seen.add(event);
    }

    void personChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonDetailsChanged event) {
        seen.add(event);
    }

    /** The events seen so far about one person, oldest first. */
    public List<Object> about(long personId) {
        return seen.stream().filter(e -> personOf(e) == personId).toList();
    }

    private static long personOf(Object event) {
        if (event instanceof ChildBecameLookedAfter e) {
            return e.personId();
        }
        if (event instanceof ChildLeftCare e) {
            return e.personId();
        }
        if (event instanceof PlanStarted e) {
            return e.personId();
        }
        if (event instanceof PlanEnded e) {
            return e.personId();
        }
        return ((PersonDetailsChanged) event).personId();
    }
}
