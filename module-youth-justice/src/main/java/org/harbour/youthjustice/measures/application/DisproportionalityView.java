package org.harbour.youthjustice.measures.application;

import org.harbour.youthjustice.measures.domain.Dimension;
import org.harbour.youthjustice.measures.domain.Disproportionality;
import org.harbour.youthjustice.measures.domain.Stage;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Disproportionality over a period by one dimension: each group's share of the 10-17 population
 * (of {@code populationYear}; null when none is loaded, so no rate) and, at each stage, its
 * children, their share and relative rate against {@code reference}.
 */
public record DisproportionalityView(LocalDate from, LocalDate to, String dimension, String dimensionLabel, Integer populationYear,
                                     String reference, List<String> stages, List<GroupRow> rows) implements Serializable {

    static DisproportionalityView of(LocalDate from, LocalDate to, Dimension d, Integer populationYear,
                                     List<Disproportionality.Row> rows) {
        return new DisproportionalityView(from, to, d.name(), d.getLabel(), populationYear, Dimension.groupLabel(d.reference()),
                Arrays.stream(Stage.values()).map(Stage::getLabel).toList(),
                rows.stream().map(r -> new GroupRow(r.group(), Dimension.groupLabel(r.group()), r.population(),
                        r.populationSharePercent(), Arrays.stream(Stage.values()).map(s -> {
                            Disproportionality.Cell c = r.stages().get(s);
                            return new StageCell(s.name(), c.children(), c.sharePercent(), c.relativeRate());
                        }).toList())).toList());
    }

    /** One group's row. */
    public record GroupRow(String group, String label, Long population, double populationSharePercent, List<StageCell> stages)
            implements Serializable {

        public String populationShown() {
            return population == null ? "not loaded" : String.format(Locale.UK, "%,d (%.1f%%)", population, populationSharePercent);
        }
    }

    /** The group's children at one stage. */
    public record StageCell(String stage, long children, double sharePercent, Double relativeRate) implements Serializable {

        /** "3 (12.5%), rate 2.40", or "no rate" where it cannot be formed. */
        public String shown() {
            return String.format(Locale.UK, "%d (%.1f%%), %s", children, sharePercent,
                    relativeRate == null ? "no rate" : String.format(Locale.UK, "rate %.2f", relativeRate));
        }
    }
}
