package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.measures.domain.OutcomeFact;
import org.harbour.youthjustice.measures.domain.ReoffendingProxy;
import org.harbour.youthjustice.measures.domain.TurnaroundEligibility;
import org.harbour.youthjustice.measures.infrastructure.MeasureRowsRepository;
import org.harbour.youthjustice.outcome.application.OutcomeService;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Map;
import java.time.Month;
import java.util.List;
import java.util.Set;

/**
 * The measures that are not monthly scorecard figures: the reoffending proxy of a quarter's
 * cohort, and the children who may be referred to Turnaround today (the social care record says
 * who is looked after or on a child protection plan).
 */
@ApplicationScoped
@Transactional
@Requires({YjPermissions.ACCESS, YjPermissions.MEASURES})
public class MeasuresService {

    public static final String REOFFENDING = "YJ_REOFFENDING_VIEW";
    public static final String TURNAROUND = "YJ_TURNAROUND_LIST";
    public static final String MONTHLY = "YJ_MEASURES_MONTHLY_VIEW";
    private static final java.time.format.DateTimeFormatter QUARTER_LABEL = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy",
            java.util.Locale.UK);

    @Inject
    private MeasureRowsRepository rows;

    @Inject
    private CaseData caseData;

    @Inject
    private YjAccess access;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private ModuleSettings settings;

    @Inject
    private FirstTimeEntrantsIndicator firstTimeEntrants;

    @Inject
    private CustodialSentencesIndicator custodialSentences;

    @Inject
    private LocalAuthorityRemandsIndicator localAuthorityRemands;

    @Inject
    private YouthDetentionRemandsIndicator youthDetentionRemands;

    @Inject
    private SeriousViolenceIndicator seriousViolence;

    /** No youth justice record here is older: the first cohort a service can ask for. */
    private static final int EARLIEST_COHORT_YEAR = 2000;

    /** The cohort of the quarter that begins on the day given (1 January, April, July or October). */
    public ReoffendingView reoffending(LocalDate quarterStart) {
        reoffendingQuarterChecked(quarterStart);
        LocalDate end = quarterStart.plusMonths(3).minusDays(1);
        int months = trackingMonths();
        LocalDate provenBy = end.plusMonths(months + ReoffendingProxy.MONTHS_TO_PROVE);
        ReoffendingProxy.Result result = ReoffendingProxy.of(rows.outcomesUntil(provenBy),
                rows.releasesFromCustody(quarterStart, end), quarterStart, end, months);
        access.success(REOFFENDING, "module", "youth-justice", "cohort " + quarterStart + ", tracked " + months + " months: "
                + result.cohort().size());
        return new ReoffendingView(quarterStart, end, months, ReoffendingProxy.trackedDays(months), provenBy,
                !provenBy.isAfter(access.today()), result);
    }

    private void reoffendingQuarterChecked(LocalDate quarterStart) {
        if (quarterStart == null || quarterStart.getDayOfMonth() != 1
                || !Set.of(Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER).contains(quarterStart.getMonth())) {
            throw new InvalidInputException("quarter", "Give the first day of a quarter, such as 2025-04-01.");
        }
        if (quarterStart.getYear() < EARLIEST_COHORT_YEAR || quarterStart.isAfter(access.today())) {
            // Dates the database cannot hold (year -999999999) are refused here, with any cohort not begun yet.
            throw new InvalidInputException("quarter", "Give a quarter from " + EARLIEST_COHORT_YEAR
                    + " that has begun, such as 2025-04-01.");
        }
    }

    /** The cohorts of the {@code quarters} quarters up to the one beginning on {@code lastQuarterStart}, oldest first. */
    public List<CohortRateView> reoffendingByCohort(LocalDate lastQuarterStart, int quarters) {
        reoffendingQuarterChecked(lastQuarterStart);
        int months = trackingMonths();
        LocalDate lastProvenBy = lastQuarterStart.plusMonths(3).minusDays(1).plusMonths(months + ReoffendingProxy.MONTHS_TO_PROVE);
        List<OutcomeFact> outcomes = rows.outcomesUntil(lastProvenBy);
        List<CohortRateView> cohorts = new ArrayList<>();
        for (int i = quarters - 1; i >= 0; i--) {
            LocalDate start = lastQuarterStart.minusMonths(3L * i);
            LocalDate end = start.plusMonths(3).minusDays(1);
            LocalDate provenBy = end.plusMonths(months + ReoffendingProxy.MONTHS_TO_PROVE);
            ReoffendingView view = new ReoffendingView(start, end, months, ReoffendingProxy.trackedDays(months), provenBy,
                    !provenBy.isAfter(access.today()), ReoffendingProxy.of(outcomes, rows.releasesFromCustody(start, end), start, end, months));
            cohorts.add(new CohortRateView(start, QUARTER_LABEL.format(start) + " to " + QUARTER_LABEL.format(end), view.getCohort(),
                    view.getReoffenders(), view.getBinaryRatePercent(), view.isComplete()));
        }
        access.success(REOFFENDING, "module", "youth-justice", quarters + " cohorts to " + lastQuarterStart + ", tracked " + months
                + " months");
        return cohorts;
    }

    /** First time entrants, custodial sentences, remands and serious violence in each of the 12 months to {@code to}. */
    public MonthlyFiguresView monthly(YearMonth to) {
        if (to == null || to.isAfter(YearMonth.from(access.today())) || to.getYear() < EARLIEST_COHORT_YEAR) {
            throw new InvalidInputException("month", "Give a month from " + EARLIEST_COHORT_YEAR + " that has begun.");
        }
        YearMonth from = to.minusMonths(11);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<MonthlyFiguresView.Row> rowsShown = new ArrayList<>();
        for (ModuleIndicator indicator : List.of(firstTimeEntrants, custodialSentences, localAuthorityRemands, youthDetentionRemands,
                seriousViolence)) {
            Map<YearMonth, IndicatorCount> counts = indicator.count(from, to);
            rowsShown.add(new MonthlyFiguresView.Row(indicator.spec().id(), indicator.spec().title(), months.stream()
                    .map(m -> counts.containsKey(m) ? counts.get(m).numerator() : 0L).toList()));
        }
        access.success(MONTHLY, "module", "youth-justice", "12 months to " + to);
        return new MonthlyFiguresView(months, rowsShown);
    }

    /** The module's setting; the national measure tracks 12 months. */
    public int trackingMonths() {
        return settings.intValue(Measures.MODULE, Measures.TRACKING_MONTHS);
    }

    /** Children the user may reach who may be referred to Turnaround today, soonest window end first. */
    public List<TurnaroundView> turnaroundEligible() {
        LocalDate today = access.today();
        List<OutcomeFact> all = rows.outcomesUntil(today);
        Set<Long> inCareOrProtected = LookedAfterOrProtected.on(caseData, today);
        List<TurnaroundView> eligible = TurnaroundEligibility.on(today, all, inCareOrProtected).stream()
                .filter(e -> access.mayReach(e.personId()))
                .map(e -> new TurnaroundView(e.personId(), access.childName(e.personId()), outcomes.labelOf(e.qualifying().code()),
                        e.qualifying().outcomeOn(), e.windowEnds()))
                .sorted((a, b) -> a.getWindowEnds().compareTo(b.getWindowEnds())).toList();
        access.success(TURNAROUND, "module", "youth-justice", "children listed: " + eligible.size());
        return eligible;
    }
}
