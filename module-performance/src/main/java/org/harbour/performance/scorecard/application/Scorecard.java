package org.harbour.performance.scorecard.application;


import org.harbour.performance.indicators.domain.OutcomeGroup;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The scorecard for 13 months: the months, which are frozen, and the rows grouped by outcome. */
public record Scorecard(List<YearMonth> months, Map<YearMonth, String> statuses,
                        Map<OutcomeGroup, List<ScorecardRow>> groups) implements Serializable {

    public List<ScorecardRow> rows() {
        return groups.values().stream().flatMap(List::stream).toList();
    }
}
