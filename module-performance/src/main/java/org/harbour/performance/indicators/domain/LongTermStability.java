package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.PersonRecordRow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Long-term placement stability as the DfE measures it: of the children under 16 at month end who
 * have been looked after continuously for two and a half years or more, those who have lived in the
 * same placement for two years or more (or are placed for adoption with their foster carers, the two
 * placements together lasting two years). A placement continues across an episode that changes only
 * the legal status (RNE L) and into placed for adoption with the current foster carer (A5/A6 with
 * RNE T or U). Short breaks (V3/V4) are not care. A child whose date of birth is not recorded cannot
 * be known to be under 16 and is left out.
 */
public final class LongTermStability extends ComputedIndicator<LongTermStability.Rows> {

    /** Periods of care with their episodes, and the children's dates of birth. */
    public record Rows(CareSpells.Rows care, Map<Long, LocalDate> datesOfBirth) {
    }

    public LongTermStability(IndicatorDefinition definition) {
        super(definition);
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        CareSpells.Rows care = InCareAtMonthEnd.careRows(queries, window.first().atEndOfMonth(), window.to());
        Set<Long> children = new TreeSet<>();
        care.periods().forEach(p -> children.add(p.personId()));
        Map<Long, LocalDate> births = new HashMap<>();
        for (PersonRecordRow person : queries.persons(children)) {
            if (person.dateOfBirth() != null) {
                births.put(person.id(), person.dateOfBirth());
            }
        }
        return List.of(new Rows(care, births));
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Tally tally = new Tally().expectingDenominator();
        for (Rows rows : reads) {
            Map<Long, List<EpisodeRow>> episodes = rows.care().episodes().stream()
                    .filter(e -> !e.shortBreak()).collect(Collectors.groupingBy(EpisodeRow::personId));
            Map<Long, CareSpells.Spell> open = new TreeMap<>();
            CareSpells.of(rows.care()).stream().filter(s -> s.openAt(end)).forEach(s -> open.put(s.personId(), s));
            open.forEach((child, spell) -> {
                LocalDate born = rows.datesOfBirth().get(child);
                if (born == null || !end.isBefore(born.plusYears(16)) || spell.start().isAfter(end.minusMonths(30))) {
                    return;
                }
                LocalDate placed = placementStart(episodes.getOrDefault(child, List.of()), end);
                boolean stable = placed != null && !placed.isAfter(end.minusYears(2));
                tally.event(child, "Looked after since " + spell.start(), placed, placed == null ? null
                        : placed.plusYears(2), stable ? "Same placement 2 years or more"
                        : placed == null ? "No placement recorded" : "Placed since " + placed, stable, true);
            });
        }
        return tally;
    }

    /** When the placement the child is in at the end of {@code day} began; null when none is recorded. */
    static LocalDate placementStart(List<EpisodeRow> episodes, LocalDate day) {
        List<EpisodeRow> ordered = episodes.stream().filter(e -> !e.start().isAfter(day))
                .sorted(Comparator.comparing(EpisodeRow::start).thenComparingLong(EpisodeRow::id)).toList();
        int current = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).openAt(day)) {
                current = i;
            }
        }
        if (current < 0) {
            return null;
        }
        int first = current;
        while (first > 0 && PlacementStability.continuesPlacement(ordered.get(first))) {
            first--;
        }
        return ordered.get(first).start();
    }
}
