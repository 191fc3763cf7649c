package org.harbour.continuingcare.timeliness.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.continuingcare.timeliness.application.Timeliness;
import org.harbour.continuingcare.timeliness.application.TimelinessSummary;

import java.time.Clock;
import java.time.LocalDate;

/** Backs the "Time to decision" widget. */
@Named
@RequestScoped
public class TimelinessWidget {

    @Inject
    private Timeliness timeliness;

    private TimelinessSummary summary;

    public TimelinessSummary getSummary() {
        if (summary == null) {
            summary = timeliness.summary(LocalDate.now(Clock.systemUTC()));
        }
        return summary;
    }
}
