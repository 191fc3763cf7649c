package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.youthjustice.measures.domain.ReoffendingByMonth;
import org.harbour.youthjustice.measures.domain.ReoffendingProxy;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;

import java.time.YearMonth;
import java.util.Map;

/**
 * The reoffending proxy's cohort results for each month of a window, read once from the outcomes and the
 * releases from custody at the service's tracking months: the binary and the frequency figures are two
 * readings of the same results.
 */
@ApplicationScoped
public class ReoffendingCohorts {

    @Inject
    private MeasureRowsRepository rows;

    @Inject
    private ModuleSettings settings;

    /** By month: the result of the cohort whose results became final in that month. */
    public Map<YearMonth, ReoffendingProxy.Result> finalIn(YearMonth from, YearMonth to) {
        int months = settings.intValue(Measures.MODULE, Measures.TRACKING_MONTHS);
        return ReoffendingByMonth.results(rows.outcomesUntil(to.atEndOfMonth()),
                rows.releasesFromCustody(ReoffendingByMonth.firstCohortDay(from, months),
                        ReoffendingByMonth.cohortEnding(to, months).atEndOfMonth()), from, to, months);
    }
}
