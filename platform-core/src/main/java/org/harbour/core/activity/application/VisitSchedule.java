package org.harbour.core.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.calendar.Timescales;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When a child's next statutory visit and the case's next supervision are due.
 * <p>
 * The visit regime is the one set on the case (CIN, CP, CLA or early help); when none is set,
 * the type of the latest statutory visit decides. The next visit is counted from the last visit
 * of that type at which the child was seen, or, when there is none since the regime began, from
 * the regime's start (the case's opening when that is unknown).
 */
@ApplicationScoped
public class VisitSchedule {

    @Inject
    private Timescales timescales;

    @Inject
    private ActivityTimescales settings;

    public VisitSchedule() {
    }

    /** For unit tests. */
    public VisitSchedule(Timescales timescales, ActivityTimescales settings) {
        this.timescales = timescales;
        this.settings = settings;
    }

    /** What is next due, by when, and whether it is late. */
    public static final class Due implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Timescale timescale;
        private final LocalDate countedFrom;
        private final LocalDate dueOn;
        private final boolean overdue;

        Due(Timescale timescale, LocalDate countedFrom, LocalDate dueOn, boolean overdue) {
            this.timescale = timescale;
            this.countedFrom = countedFrom;
            this.dueOn = dueOn;
            this.overdue = overdue;
        }

        public Timescale getTimescale() {
            return timescale;
        }

        public LocalDate getCountedFrom() {
            return countedFrom;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public boolean isOverdue() {
            return overdue;
        }
    }

    /** The case's own regime, else the type of its latest statutory visit, else none. */
    public static Optional<VisitType> regime(String caseRegime, VisitType latestVisitType) {
        VisitType set = VisitType.fromCode(caseRegime);
        if (set != null && set.isStatutory()) {
            return Optional.of(set);
        }
        return latestVisitType != null && latestVisitType.isStatutory() ? Optional.of(latestVisitType) : Optional.empty();
    }

    /**
     * The next visit of the regime.
     *
     * @param lastSeenByType the date of the last visit of each type at which the child was seen
     * @param regimeFrom     when the case went onto its regime, may be null
     * @param caseOpened     when the case opened
     */
    public Optional<Due> nextVisit(String caseRegime, VisitType latestVisitType, Map<VisitType, LocalDate> lastSeenByType,
                                   LocalDate regimeFrom, LocalDate caseOpened, LocalDate today) {
        Optional<VisitType> regime = regime(caseRegime, latestVisitType);
        if (regime.isEmpty()) {
            return Optional.empty();
        }
        Timescale timescale = settings.visit(regime.get()).orElseThrow();
        LocalDate since = regimeFrom != null ? regimeFrom : caseOpened;
        LocalDate last = lastSeenByType.get(regime.get());
        LocalDate from = last == null || last.isBefore(since) ? since : last;
        return Optional.of(due(timescale, from, today));
    }

    /** The next supervision: counted from the last one, or from when the worker took the case. */
    public Due nextSupervision(LocalDate lastSupervision, LocalDate allocatedOn, LocalDate today) {
        LocalDate from = lastSupervision == null || lastSupervision.isBefore(allocatedOn) ? allocatedOn : lastSupervision;
        return due(settings.supervision(), from, today);
    }

    private Due due(Timescale timescale, LocalDate from, LocalDate today) {
        LocalDate dueOn = timescales.dueDate(from, timescale);
        return new Due(timescale, from, dueOn, today.isAfter(dueOn));
    }
}
