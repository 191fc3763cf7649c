package org.harbour.youthjustice.measures.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disproportionality over a period: for each group of a dimension, its share of the 10-17
 * population, and at each stage of the ladder the children of the group who reached it, their
 * share of all children at the stage and their relative rate (their rate per head of their own
 * population over the reference group's; {@link RelativeRate}). A child counts once at a stage, in
 * the group they were in on the first day they reached it in the period; a child whose group is not
 * recorded counts in "not known", which has no population and so no rate.
 */
public final class Disproportionality {

    private Disproportionality() {
    }

    /** A child reaching a stage on a day (an outcome not quashed, or a remand begun). */
    public record Event(long personId, Stage stage, LocalDate on) {
    }

    /** Children of a group at a stage; {@code relativeRate} null where it cannot be formed. */
    public record Cell(long children, double sharePercent, Double relativeRate) {
    }

    /** One group: its population (null when not known), share of the population, and each stage. */
    public record Row(String group, Long population, double populationSharePercent, Map<Stage, Cell> stages) {
    }

    public static List<Row> of(Dimension dimension, Collection<Event> events, Map<Long, ChildTraits> children,
                               Map<String, Long> population) {
        Map<Stage, Map<String, Long>> atStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            atStage.put(stage, new HashMap<>());
        }
        Map<Stage, Map<Long, Event>> first = new EnumMap<>(Stage.class);
        events.stream().sorted(Comparator.comparing(Event::on))
                .forEach(e -> first.computeIfAbsent(e.stage(), s -> new LinkedHashMap<>()).putIfAbsent(e.personId(), e));
        first.forEach((stage, byChild) -> byChild.values().forEach(e -> {
            ChildTraits child = children.get(e.personId());
            String group = child == null ? Dimension.NOT_KNOWN : dimension.groupOf(child, e.on());
            atStage.get(stage).merge(group, 1L, Long::sum);
        }));
        long populationTotal = dimension.groups().stream().mapToLong(g -> population.getOrDefault(g, 0L)).sum();
        long referencePopulation = population.getOrDefault(dimension.reference(), 0L);
        List<String> groups = new ArrayList<>(dimension.groups());
        groups.add(Dimension.NOT_KNOWN);
        List<Row> rows = new ArrayList<>();
        for (String group : groups) {
            Long groupPopulation = Dimension.NOT_KNOWN.equals(group) ? null : population.get(group);
            Map<Stage, Cell> cells = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                Map<String, Long> counts = atStage.get(stage);
                long here = counts.getOrDefault(group, 0L);
                long all = counts.values().stream().mapToLong(Long::longValue).sum();
                double rate = groupPopulation == null ? Double.NaN
                        : RelativeRate.of(here, groupPopulation, counts.getOrDefault(dimension.reference(), 0L), referencePopulation);
                cells.put(stage, new Cell(here, RelativeRate.sharePercent(here, all), Double.isNaN(rate) ? null : rate));
            }
            double populationShare = groupPopulation == null || populationTotal == 0 ? 0 : 100.0 * groupPopulation / populationTotal;
            rows.add(new Row(group, groupPopulation, populationShare, cells));
        }
        return rows;
    }
}
