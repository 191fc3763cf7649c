package org.harbour.send.indicators.domain;

import org.harbour.send.timescale.domain.EhcTimescales;

import java.time.LocalDate;

/** A decision whether to assess, as counted: the day of the request and of the decision. */
public record Decision(long personId, LocalDate received, LocalDate decided) {

    public boolean withinSixWeeks() {
        return EhcTimescales.onTime(decided, EhcTimescales.decisionToAssessDue(received));
    }
}
