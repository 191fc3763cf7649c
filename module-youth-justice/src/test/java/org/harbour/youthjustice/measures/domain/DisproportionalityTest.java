package org.harbour.youthjustice.measures.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DisproportionalityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private static ChildTraits child(long id, String ethnicity, String sex, LocalDate born) {
        return new ChildTraits(id, ethnicity, sex, born, d -> id == 4 && !d.isBefore(DAY.plusDays(10)));
    }

    private final Map<Long, ChildTraits> children = Map.of(
            1L, child(1, "WBRI", "M", LocalDate.of(2010, 6, 2)),
            2L, child(2, "WIRI", "F", LocalDate.of(2009, 1, 1)),
            3L, child(3, "BCRB", "M", LocalDate.of(2008, 1, 1)),
            4L, child(4, "BAFR", "M", LocalDate.of(2010, 6, 1)),
            5L, child(5, "REFU", null, null));

    private final List<Disproportionality.Event> events = List.of(
            new Disproportionality.Event(1, Stage.OUT_OF_COURT, DAY),
            new Disproportionality.Event(1, Stage.OUT_OF_COURT, DAY.plusDays(40)),
            new Disproportionality.Event(2, Stage.OUT_OF_COURT, DAY),
            new Disproportionality.Event(3, Stage.OUT_OF_COURT, DAY),
            new Disproportionality.Event(4, Stage.OUT_OF_COURT, DAY),
            new Disproportionality.Event(4, Stage.CUSTODY, DAY.plusDays(20)),
            new Disproportionality.Event(5, Stage.OUT_OF_COURT, DAY));

    @Test
    void aRelativeRateWorkedByHand() {
        // White: 2 of 8,000 at out of court (0.00025); Black: 2 of 1,000 (0.002): 8 times as often.
        List<Disproportionality.Row> rows = Disproportionality.of(Dimension.ETHNICITY, events, children,
                Map.of("WHITE", 8000L, "BLACK", 1000L, "ASIAN", 1000L));

        Disproportionality.Row black = row(rows, "BLACK");
        assertThat(black.stages().get(Stage.OUT_OF_COURT).children()).isEqualTo(2);
        assertThat(black.stages().get(Stage.OUT_OF_COURT).relativeRate()).isCloseTo(8.0, within(1e-9));
        assertThat(black.stages().get(Stage.OUT_OF_COURT).sharePercent()).as("2 of the 5 children").isCloseTo(40.0, within(1e-9));
        assertThat(black.populationSharePercent()).isCloseTo(10.0, within(1e-9));
        assertThat(row(rows, "WHITE").stages().get(Stage.OUT_OF_COURT).relativeRate()).isCloseTo(1.0, within(1e-9));
        assertThat(black.stages().get(Stage.CUSTODY).relativeRate()).as("no White child in custody: no rate").isNull();
        assertThat(row(rows, "MIXED").population()).isNull();
        assertThat(row(rows, Dimension.NOT_KNOWN).stages().get(Stage.OUT_OF_COURT).children()).as("refused").isEqualTo(1);
        assertThat(row(rows, Dimension.NOT_KNOWN).stages().get(Stage.OUT_OF_COURT).relativeRate()).isNull();
    }

    @Test
    void theGroupIsReadOnTheDayTheChildFirstReachedTheStage() {
        Map<String, Long> population = Map.of("10-14", 3000L, "15-17", 2000L, "LOOKED_AFTER", 50L, "NOT_LOOKED_AFTER", 4950L);

        List<Disproportionality.Row> byAge = Disproportionality.of(Dimension.AGE, events, children, population);
        List<Disproportionality.Row> byCare = Disproportionality.of(Dimension.LOOKED_AFTER, events, children, population);

        // Child 1 is 14 on the day (15 the day after), child 4 turns 15 on it.
        assertThat(row(byAge, "10-14").stages().get(Stage.OUT_OF_COURT).children()).isEqualTo(1);
        assertThat(row(byAge, "15-17").stages().get(Stage.OUT_OF_COURT).children()).isEqualTo(3);
        assertThat(row(byAge, Dimension.NOT_KNOWN).stages().get(Stage.OUT_OF_COURT).children()).isEqualTo(1);
        // Child 4 became looked after between the caution and custody.
        assertThat(row(byCare, "LOOKED_AFTER").stages().get(Stage.OUT_OF_COURT).children()).isZero();
        assertThat(row(byCare, "LOOKED_AFTER").stages().get(Stage.CUSTODY).children()).isEqualTo(1);
    }

    @Test
    void ethnicCodesFallIntoTheirMajorGroups() {
        assertThat(Dimension.ethnicGroup("CHNE")).isEqualTo("ASIAN");
        assertThat(Dimension.ethnicGroup("MWBC")).isEqualTo("MIXED");
        assertThat(Dimension.ethnicGroup("OOTH")).isEqualTo("OTHER");
        assertThat(Dimension.ethnicGroup("NOBT")).isEqualTo(Dimension.NOT_KNOWN);
        assertThat(Dimension.ethnicGroup(null)).isEqualTo(Dimension.NOT_KNOWN);
    }

    private static Disproportionality.Row row(List<Disproportionality.Row> rows, String group) {
        return rows.stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow();
    }
}
