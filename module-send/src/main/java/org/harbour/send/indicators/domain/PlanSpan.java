package org.harbour.send.indicators.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * When a plan was active: from its issue, until the day it ceased (null while active); with what the
 * plan records today of its named setting (out of the city or not, null when none is named; the
 * setting's cost a year a place, null when not known) and whether it has a personal budget.
 */
public record PlanSpan(long personId, LocalDate start, LocalDate ceased, Boolean outOfCity, BigDecimal placeCost,
                       boolean personalBudget) {

    public PlanSpan(long personId, LocalDate start, LocalDate ceased) {
        this(personId, start, ceased, null, null, false);
    }

    public boolean activeAtEndOf(LocalDate day) {
        return !start.isAfter(day) && (ceased == null || ceased.isAfter(day));
    }

    public boolean namesOutOfCitySetting() {
        return Boolean.TRUE.equals(outOfCity);
    }
}
