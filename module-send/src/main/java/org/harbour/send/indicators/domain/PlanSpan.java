package org.harbour.send.indicators.domain;

import java.time.LocalDate;

/** When a plan was active: from its issue, until the day it ceased (null while active). */
public record PlanSpan(long personId, LocalDate start, LocalDate ceased) {

    public boolean activeAtEndOf(LocalDate day) {
        return !start.isAfter(day) && (ceased == null || ceased.isAfter(day));
    }
}
