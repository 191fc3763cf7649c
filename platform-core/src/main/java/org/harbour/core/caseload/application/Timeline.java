package org.harbour.core.caseload.application;

import org.harbour.core.spi.module.ChronologyEvent;

import java.io.Serializable;
import java.util.List;

/** A child's chronology, newest first, and the modules whose events could not be read this time. */
public final class Timeline implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ChronologyEvent> events;
    private final List<String> failedSources;

    public Timeline(List<ChronologyEvent> events, List<String> failedSources) {
        this.events = List.copyOf(events);
        this.failedSources = List.copyOf(failedSources);
    }

    public List<ChronologyEvent> getEvents() {
        return events;
    }

    public List<String> getFailedSources() {
        return failedSources;
    }
}
