package org.harbour.performance.scorecard.web;

import org.harbour.performance.indicators.web.MonthParameter;
import org.harbour.performance.snapshots.domain.Recalculation;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a recalculation did, month by month, in one sentence: after a range the analyst sees which
 * months today's records changed and by how many figures, not only the total.
 */
final class RecalculationOutcome {

    private RecalculationOutcome() {
    }

    static String of(YearMonth first, YearMonth last, List<Recalculation> done) {
        int changed = done.stream().mapToInt(Recalculation::getFiguresChanged).sum();
        String summary = "Recalculated " + (first.equals(last) ? first : first + " to " + last + " ("
                + done.size() + " months)") + ": " + changed + " figure(s) changed.";
        if (done.size() < 2) {
            return summary;
        }
        String byMonth = done.stream().filter(r -> r.getFiguresChanged() > 0)
                .map(r -> YearMonth.from(r.getMonthStart()).format(MonthParameter.LABEL) + ": " + r.getFiguresChanged())
                .collect(Collectors.joining("; "));
        return summary + (byMonth.isEmpty() ? " No month's figures changed." : " By month: " + byMonth + ".");
    }
}
