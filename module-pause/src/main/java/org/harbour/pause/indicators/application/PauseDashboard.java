package org.harbour.pause.indicators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.application.PauseAccess;
import org.harbour.pause.programme.application.Names;
import org.harbour.pause.programme.application.ProgrammeService;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Pause team's dashboard: the same measures the module gives the performance scorecard,
 * recalculated from today's records whenever asked, over the twelve months to this one, with the
 * women counted in the latest month named (for the team only, and the read audited).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ActionRefusedException.class)
@Requires(PausePermissions.ACCESS)
public class PauseDashboard {

    public static final String VIEW = "PAUSE_MEASURES_VIEW";
    static final int MONTHS = 12;

    @Inject
    private PauseIndicators indicators;

    @Inject
    private PauseAccess access;

    @Inject
    private Names names;

    @Inject
    private ProgrammeService programme;

    public DashboardView measures() {
        YearMonth to = YearMonth.from(access.today());
        access.requirePermission(PausePermissions.RECORD, VIEW, "pause-measures", to.toString());
        YearMonth from = to.minusMonths(MONTHS - 1L);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<ModuleIndicator> all = indicators.all();
        List<Map<YearMonth, IndicatorCount>> counts = all.stream().map(i -> i.count(from, to)).toList();
        Set<Long> named = new TreeSet<>();
        counts.forEach(c -> named.addAll(c.getOrDefault(to, IndicatorCount.none(false)).numeratorPeople()));
        Map<Long, String> women = names.people(named);

        List<MeasureRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            IndicatorUnit unit = all.get(i).spec().unit();
            List<Double> values = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (YearMonth m : months) {
                Double value = MeasureValues.value(unit, counts.get(i).get(m));
                values.add(value);
                cells.add(MeasureValues.cell(unit, value));
            }
            List<String> latest = counts.get(i).getOrDefault(to, IndicatorCount.none(false)).numeratorPeople().stream()
                    .map(id -> women.getOrDefault(id, "Unknown person")).sorted().toList();
            rows.add(new MeasureRow(all.get(i).spec().id(), all.get(i).spec().title(), MeasureValues.unitLabel(unit),
                    values, cells, latest));
        }
        access.success(VIEW, "pause-measures", to.toString(), named.size() + " women named in " + to);
        return new DashboardView(months, rows, programme.cap(), access.clock().instant());
    }
}
