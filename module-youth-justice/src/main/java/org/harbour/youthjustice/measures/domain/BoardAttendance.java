package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.youthjustice.board.domain.StatutoryPartner;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The YJB's KPI 7, management board attendance: of the statutory partners' seats at the board's
 * meetings in the month (each meeting, each of the five statutory partners), the share taken.
 * Other partners present are welcome and not counted. A figure of the board, so no child is behind it.
 */
public final class BoardAttendance {

    private static final long STATUTORY = Arrays.stream(StatutoryPartner.values()).filter(StatutoryPartner::isStatutory).count();

    private BoardAttendance() {
    }

    /** One meeting: its day and the partners present. */
    public record Meeting(LocalDate metOn, Set<StatutoryPartner> present) {
    }

    public static Map<YearMonth, IndicatorCount> count(Collection<Meeting> meetings, YearMonth from, YearMonth to) {
        Map<YearMonth, long[]> seats = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            seats.put(m, new long[2]);
        }
        for (Meeting meeting : meetings) {
            long[] month = seats.get(YearMonth.from(meeting.metOn()));
            if (month != null) {
                month[0] += meeting.present().stream().filter(StatutoryPartner::isStatutory).count();
                month[1] += STATUTORY;
            }
        }
        Map<YearMonth, IndicatorCount> counts = new LinkedHashMap<>();
        seats.forEach((m, s) -> counts.put(m, new IndicatorCount(s[0], s[1], Set.of(), Set.of())));
        return counts;
    }
}
