package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The time a child is looked after as the DfE counts it (SSDA903 guidance, "children looked after"
 * excludes an agreed series of short-term placements): each looked-after period, less its short-break
 * episodes (legal status V3/V4). A period that changes from short breaks to a care order (or back)
 * starts (or ends) a counted spell on the day of the change; a period with no episode recorded yet
 * is counted whole.
 */
public final class CareSpells {

    /** A stretch of counted care; {@code end} null while it lasts. */
    public record Spell(long personId, LocalDate start, LocalDate end) {

        public boolean openAt(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }

        public boolean startsIn(YearMonth month) {
            return YearMonth.from(start).equals(month);
        }

        public boolean endsIn(YearMonth month) {
            return end != null && YearMonth.from(end).equals(month);
        }
    }

    /** Periods and their episodes as read for a window (every episode of each period). */
    public record Rows(List<InvolvementRow> periods, List<EpisodeRow> episodes) {
    }

    private CareSpells() {
    }

    /** The spells of every read of rows. */
    public static List<Spell> of(List<Rows> reads) {
        List<Spell> spells = new ArrayList<>();
        reads.forEach(rows -> spells.addAll(of(rows)));
        return spells;
    }

    public static List<Spell> of(Rows rows) {
        Map<Long, List<EpisodeRow>> byPeriod = rows.episodes().stream()
                .collect(Collectors.groupingBy(EpisodeRow::periodId));
        List<Spell> spells = new ArrayList<>();
        for (InvolvementRow period : rows.periods()) {
            List<EpisodeRow> episodes = byPeriod.getOrDefault(period.id(), List.of()).stream()
                    .sorted(Comparator.comparing(EpisodeRow::start).thenComparing(EpisodeRow::id)).toList();
            if (episodes.isEmpty()) {
                spells.add(new Spell(period.personId(), period.start(), period.end()));
                continue;
            }
            LocalDate runStart = null;
            for (int i = 0; i < episodes.size(); i++) {
                EpisodeRow episode = episodes.get(i);
                boolean last = i == episodes.size() - 1;
                if (episode.shortBreak()) {
                    if (runStart != null) {
                        spells.add(new Spell(period.personId(), runStart, episode.start()));
                        runStart = null;
                    }
                    continue;
                }
                if (runStart == null) {
                    runStart = i == 0 ? period.start() : episode.start();
                }
                if (last) {
                    spells.add(new Spell(period.personId(), runStart, period.end()));
                }
            }
        }
        return spells;
    }
}
