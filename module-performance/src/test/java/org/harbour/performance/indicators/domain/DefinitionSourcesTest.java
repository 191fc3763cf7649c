package org.harbour.performance.indicators.domain;

import org.harbour.core.activity.application.ActivityTimescales;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalogue page shows each computed measure's definition: each must say where it comes from, the
 * DfE's published statistic (or the regulation it measures), or say plainly that the DfE publishes none.
 */
class DefinitionSourcesTest {

    private final List<ComputedIndicator<?>> all = ComputedIndicators.all(new Timescales(new WorkingDayCalendar()),
            new ActivityTimescales());

    @Test
    void everyComputedMeasuresDefinitionNamesItsSourceOrSaysTheDfePublishesNone() {
        Set<String> unsourced = all.stream().map(ComputedIndicator::definition)
                .filter(d -> !d.getDefinition().contains("Source: ") && !d.getDefinition().contains("No DfE statistic"))
                .map(IndicatorDefinition::getId).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of(), unsourced);
    }

    @Test
    void measuresTheDfePublishesNameTheDfeStatisticTheyFollow() {
        for (String id : List.of("referrals", "re-referrals", "referrals-nfa", "section-47s", "cp-plans", "cp-rate",
                "cp-second-plan", "cla", "cla-rate", "cla-entrants", "cla-leavers", "placement-stability",
                "placements-over-20-miles", "caseload-per-worker")) {
            String definition = all.stream().map(ComputedIndicator::definition).filter(d -> d.getId().equals(id))
                    .findFirst().orElseThrow().getDefinition();
            assertEquals(true, definition.contains("Source: DfE, "), id + ": " + definition);
        }
    }
}
