package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.casedata.EpisodeDetailRow;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Children who ceased to be looked after in the month (as the leavers measure counts them: short
 * breaks V3/V4 are not care, each child once a month), out of whom those whose care ended for one of
 * the given reasons: the reason episode ceased (SSDA903 REC) of the episode that ended on the day
 * care did (DfE, Children looked after in England, children who ceased to be looked after by reason).
 */
public final class CareLeftBy extends ComputedIndicator<CareLeftBy.Rows> {

    /** Periods of care with their episodes, and the episodes' reasons for ending. */
    public record Rows(CareSpells.Rows care, List<EpisodeDetailRow> details) {
    }

    private final Set<String> reasons;
    private final String inWords;

    public CareLeftBy(IndicatorDefinition definition, Set<String> reasons, String inWords) {
        super(definition);
        this.reasons = reasons;
        this.inWords = inWords;
    }

    @Override
    public List<Rows> read(CaseDataQueries queries, Window window) throws SQLException {
        CareSpells.Rows care = InCareAtMonthEnd.careRows(queries, window.from(), window.to());
        return List.of(new Rows(care, LookedAfterReads.shared(queries, "leavers' episodes " + window,
                () -> LookedAfterReads.episodeDetails(queries, care.periods()))));
    }

    @Override
    public Tally tally(List<Rows> reads, YearMonth month) {
        Tally tally = new Tally().expectingDenominator();
        for (Rows rows : reads) {
            Map<Long, List<EpisodeDetailRow>> byChild = rows.details().stream()
                    .filter(e -> e.end() != null && YearMonth.from(e.end()).equals(month))
                    .collect(Collectors.groupingBy(EpisodeDetailRow::personId));
            Map<Long, CareSpells.Spell> left = new TreeMap<>();
            CareSpells.of(rows.care()).stream().filter(s -> s.endsIn(month))
                    .forEach(s -> left.merge(s.personId(), s, (a, b) -> a.end().isAfter(b.end()) ? a : b));
            left.forEach((child, spell) -> {
                String reason = byChild.getOrDefault(child, List.of()).stream()
                        .filter(e -> e.end().equals(spell.end()) && e.reasonCeased() != null)
                        .map(EpisodeDetailRow::reasonCeased).findFirst().orElse(null);
                boolean counted = reason != null && reasons.contains(reason);
                tally.event(child, "Left care", spell.end(), null, (counted ? inWords : "Not: " + inWords)
                        + " (REC " + (reason == null ? "not recorded" : reason) + ")", counted, true);
            });
        }
        return tally;
    }
}
