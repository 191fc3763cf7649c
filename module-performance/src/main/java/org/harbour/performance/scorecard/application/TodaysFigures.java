package org.harbour.performance.scorecard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.snapshots.application.Snapshots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What today's records give for a window of months. For the months not stored (the running month),
 * {@link #now} counts on every request, sharing one count among requests that ask together. For
 * frozen months, {@link #of} lets the scorecard say where a frozen figure no longer matches the
 * records without counting 13 months on every page: counted again when a case record has been added
 * since (a cheap look at the tables' highest ids) or after a minute.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class TodaysFigures {

    static final Duration AT_MOST = Duration.ofMinutes(1);
    private static final int WINDOWS_KEPT = 24;

    @Inject
    private Snapshots snapshots;

    @Inject
    private CaseData caseData;

    private final Map<Window, Counted> recent = new ConcurrentHashMap<>();

    private final SharedCounts shared = new SharedCounts();

    private record Counted(Instant at, String mark, Map<String, Map<YearMonth, Figure>> figures) {
    }

    /** Figures by indicator id and month, counted from the records as they are now. */
    public Map<String, Map<YearMonth, Figure>> now(Window window) {
        String mark = caseData.read(CaseDataQueries::recordsAddedMark);
        return shared.count(window, mark, () -> snapshots.compute(window));
    }

    /** Figures by indicator id and month, as today's records give them (at most a minute old). */
    public Map<String, Map<YearMonth, Figure>> of(Window window) {
        String mark = caseData.read(CaseDataQueries::recordsAddedMark);
        Instant now = Instant.now(Clock.systemUTC());
        Counted counted = recent.get(window);
        if (counted == null || !counted.mark().equals(mark) || counted.at().isBefore(now.minus(AT_MOST))) {
            counted = new Counted(now, mark, shared.count(window, mark, () -> snapshots.compute(window)));
            if (recent.size() >= WINDOWS_KEPT) {
                recent.clear();
            }
            recent.put(window, counted);
        }
        return counted.figures();
    }
}
