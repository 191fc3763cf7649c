package org.harbour.performance.forecast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.performance.access.application.Actor;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.forecast.domain.DemandForecast;
import org.harbour.performance.forecast.domain.ForecastAssumptions;
import org.harbour.performance.populations.application.Populations;
import org.harbour.performance.populations.domain.AgeBand;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The demand forecast: history of entrants and leavers per year, the editable assumptions and the projection. */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class Forecasts {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private CaseData caseData;

    @Inject
    private Populations populations;

    @Inject
    private PerformanceAccess access;

    @Inject
    private Actor actor;

    @Inject
    private Audit audit;

    /** A past year: children entering and leaving care, and those in care at its end. */
    public record HistoryYear(int year, long entrants, long leavers, long inCareAtEnd) implements Serializable {
        public int getYear() {
            return year;
        }

        public long getEntrants() {
            return entrants;
        }

        public long getLeavers() {
            return leavers;
        }

        public long getInCareAtEnd() {
            return inCareAtEnd;
        }
    }

    /** What the page shows. */
    public record View(ForecastAssumptions assumptions, List<HistoryYear> history, double entrantsUsed,
                       double leavingShareUsed, List<DemandForecast.Year> years) implements Serializable {
    }

    public ForecastAssumptions assumptions() {
        return em.find(ForecastAssumptions.class, ForecastAssumptions.THE_ONE);
    }

    /** Entrants, leavers and number in care for each of the last five calendar years (one query). */
    public List<HistoryYear> history(LocalDate today) {
        int thisYear = today.getYear();
        LocalDate from = LocalDate.of(thisYear - 5, 1, 1);
        List<InvolvementRow> periods = caseData.read(q -> q.involvementsOverlapping("LOOKED_AFTER", from, today));
        List<HistoryYear> history = new ArrayList<>();
        for (int year = thisYear - 5; year < thisYear; year++) {
            int y = year;
            LocalDate end = LocalDate.of(y, 12, 31);
            long in = periods.stream().filter(p -> p.start().getYear() == y).map(InvolvementRow::personId).distinct().count();
            long out = periods.stream().filter(p -> p.end() != null && p.end().getYear() == y)
                    .map(InvolvementRow::personId).distinct().count();
            long inCare = periods.stream().filter(p -> p.openAt(end)).map(InvolvementRow::personId).distinct().count();
            history.add(new HistoryYear(y, in, out, inCare));
        }
        return history;
    }

    public View view(LocalDate today) {
        ForecastAssumptions a = assumptions();
        List<HistoryYear> history = history(today);
        List<HistoryYear> recent = history.subList(Math.max(0, history.size() - 3), history.size());
        double entrants = a.getEntrantsPerYear() > 0 ? a.getEntrantsPerYear()
                : recent.stream().mapToLong(HistoryYear::entrants).average().orElse(0);
        double leaving = a.getLeavingSharePercent().signum() > 0 ? a.getLeavingSharePercent().doubleValue()
                : leavingShare(history);
        long inCareNow = caseData.read(q -> q.involvementsOverlapping("LOOKED_AFTER", today, today)).stream()
                .filter(p -> p.openAt(today)).map(InvolvementRow::personId).distinct().count();
        Long population = populations.byBandAndYear().getOrDefault(AgeBand.CHILDREN_0_17, Map.of()).get(today.getYear());
        List<DemandForecast.Year> years = DemandForecast.project(today.getYear() + 1, inCareNow, entrants,
                a.getEntrantGrowthPercent().doubleValue(), leaving, population,
                a.getPopulationGrowthPercent().doubleValue(), a.getYearsAhead());
        return new View(a, history, entrants, leaving, years);
    }

    /** Leavers in a year as a share of those in care at the start of it, over the last three years. */
    static double leavingShare(List<HistoryYear> history) {
        long leavers = 0;
        long atStart = 0;
        for (int i = Math.max(1, history.size() - 3); i < history.size(); i++) {
            leavers += history.get(i).leavers();
            atStart += history.get(i - 1).inCareAtEnd();
        }
        return atStart == 0 ? 0 : Math.round(1000.0 * leavers / atStart) / 10.0;
    }

    @Transactional(dontRollbackOn = ActionRefusedException.class)
    public void change(long expectedVersion, int entrants, BigDecimal entrantGrowth, BigDecimal leavingShare,
                       BigDecimal populationGrowth, int years) {
        access.require(PerformanceAccess.MANAGE, "FORECAST_UPDATE");
        ForecastAssumptions a = assumptions();
        if (a.getVersion() != expectedVersion) {
            throw new EditConflictException(a.getUpdatedBy(), a.getUpdatedAt());
        }
        a.change(entrants, entrantGrowth, leavingShare, populationGrowth, years, actor.name(),
                Instant.now(Clock.systemUTC()));
        audit.success("FORECAST_UPDATE", "performance", null, "assumptions changed");
    }
}
