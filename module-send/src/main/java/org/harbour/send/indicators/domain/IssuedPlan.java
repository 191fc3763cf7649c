package org.harbour.send.indicators.domain;

import org.harbour.send.timescale.domain.ExceptionPeriod;
import org.harbour.send.timescale.domain.FinalPlanTimeliness;

import java.time.LocalDate;
import java.util.List;

/** A final plan as the measures count it: the request's received day, the issue day and the recorded exceptions. */
public record IssuedPlan(long personId, LocalDate received, LocalDate issued, List<ExceptionPeriod> exceptions) {

    public FinalPlanTimeliness timeliness() {
        return new FinalPlanTimeliness(received, issued, exceptions);
    }
}
