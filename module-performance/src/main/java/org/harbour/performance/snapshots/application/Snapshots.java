package org.harbour.performance.snapshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.Actor;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.FigureCalculator;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.populations.application.Populations;
import org.harbour.performance.snapshots.domain.Recalculation;
import org.harbour.performance.snapshots.domain.Snapshot;
import org.harbour.performance.snapshots.domain.StoredFigure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The scorecard's stored months. An ended month is frozen once and then changes only by an
 * explicit, recorded recalculation; the running month is provisional and refreshed by the job.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

    /** The most months one recalculation covers: two years of the scorecard's thirteen-month view. */
    static final int MAX_RECALCULATED_MONTHS = 24;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private CaseData caseData;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private Populations populations;

    @Inject
    private PerformanceAccess access;

    @Inject
    private Actor actor;

    @Inject
    private Audit audit;

    /** Computes figures for the window's months from today's records. */
    public Map<String, Map<YearMonth, Figure>> compute(Window window) {
        FigureCalculator calculator = new FigureCalculator(catalogue.counted(), populations.byBandAndYear());
        return caseData.read(queries -> calculator.compute(queries, window));
    }

    /**
     * Freezes every ended month of the 13 before {@code today}'s month that has no frozen snapshot,
     * and refreshes the running month's provisional figures; one computation for all of them. A
     * frozen month that has no figure for an indicator (its module deployed later, or its count
     * failed when the month was frozen) gains one, frozen from then on; the figures it has never
     * change here. Returns the months frozen.
     */
    @Transactional
    public List<YearMonth> freezeEndedMonths(LocalDate today) {
        lockMonths();
        YearMonth current = YearMonth.from(today);
        // The 13 ended months the default scorecard shows, and the running month.
        Window window = new Window(current.minusMonths(13), current);
        Map<YearMonth, Snapshot> stored = snapshots(window);
        List<YearMonth> toFreeze = window.months().stream()
                .filter(m -> m.isBefore(current) && (stored.get(m) == null || !stored.get(m).isFrozen())).toList();
        List<YearMonth> lacking = lackingFigures(window, stored, current);
        YearMonth first = Stream.concat(toFreeze.stream(), lacking.stream()).min(Comparator.naturalOrder())
                .orElse(current);
        long started = System.nanoTime();
        Map<String, Map<YearMonth, Figure>> figures = compute(new Window(first, current));
        long counted = System.nanoTime();
        Instant now = Instant.now(Clock.systemUTC());
        Map<Long, Map<String, StoredFigure>> storedFigures = figuresOf(stored.values());
        for (YearMonth month : toFreeze) {
            store(month, Snapshot.FROZEN, figures, stored.get(month), storedFigures, now, actor.name());
        }
        for (YearMonth month : lacking) {
            addMissing(month, figures, stored.get(month), storedFigures);
        }
        store(current, Snapshot.PROVISIONAL, figures, stored.get(current), storedFigures, now, actor.name());
        em.flush();
        LOG.info(() -> String.format("Scorecard: %d month(s) frozen and the running month stored; %d month(s) "
                + "counted in %d ms, stored in %d ms", toFreeze.size(), new Window(first, current).months().size(),
                (counted - started) / 1_000_000, (System.nanoTime() - counted) / 1_000_000));
        return toFreeze;
    }

    /** Frozen months of the window without a figure for one of the indicators counted today. */
    private List<YearMonth> lackingFigures(Window window, Map<YearMonth, Snapshot> stored, YearMonth current) {
        Map<String, Map<YearMonth, Figure>> have = stored(window);
        List<String> counted = catalogue.counted().stream().map(CountedIndicator::id).toList();
        return window.months().stream()
                .filter(m -> m.isBefore(current) && stored.get(m) != null && stored.get(m).isFrozen())
                .filter(m -> counted.stream().anyMatch(id -> !have.getOrDefault(id, Map.of()).containsKey(m)))
                .toList();
    }

    private void addMissing(YearMonth month, Map<String, Map<YearMonth, Figure>> figures, Snapshot snapshot,
                            Map<Long, Map<String, StoredFigure>> storedFigures) {
        Map<String, StoredFigure> current = storedFigures.getOrDefault(snapshot.getId(), Map.of());
        figures.forEach((id, byMonth) -> {
            Figure f = byMonth.get(month);
            if (!current.containsKey(id) && f != null) {
                em.persist(new StoredFigure(snapshot.getId(), id, f.numerator(), f.denominator(), f.population(),
                        f.value()));
            }
        });
    }

    /**
     * One freezing at a time, across instances: the hourly job and the demo loader's refreeze both store the
     * months missing, and two at once each inserted the same month (a duplicate key on the month). The same
     * statement on Derby and PostgreSQL; held to the end of the transaction.
     */
    private void lockMonths() {
        em.createNativeQuery("LOCK TABLE performance_snapshot IN EXCLUSIVE MODE").executeUpdate();
    }

    /** Forgets every stored month and freezes the 13 again: for freshly loaded demo data only. */
    @Transactional
    public List<YearMonth> refreezeAll(LocalDate today) {
        lockMonths();
        em.createQuery("delete from StoredFigure").executeUpdate();
        em.createQuery("delete from Snapshot").executeUpdate();
        em.flush();
        em.clear();
        return freezeEndedMonths(today);
    }

    /** Recalculates one frozen month; see {@link #recalculate(YearMonth, YearMonth, String)}. */
    @Transactional(dontRollbackOn = {ActionRefusedException.class, InvalidInputException.class})
    public Recalculation recalculate(YearMonth month, String reason) {
        return recalculate(month, month, reason).get(0);
    }

    /**
     * Recalculates the frozen months from {@code first} to {@code last} (both included) from today's
     * records in one computation, on purpose and on the record: for each month who, when, why and how
     * many figures changed. A backdated record changes every month after it, so the months are put
     * right together under one reason. Audited with the reason.
     */
    @Transactional(dontRollbackOn = {ActionRefusedException.class, InvalidInputException.class})
    public List<Recalculation> recalculate(YearMonth first, YearMonth last, String reason) {
        access.require(PerformanceAccess.RECALCULATE, "SCORECARD_RECALCULATE");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the month is recalculated: the reason is kept with it");
        }
        if (reason.length() > 400) {
            throw new InvalidInputException("reason", "At most 400 characters");
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "The last month comes on or after the first (" + first + ")");
        }
        if (!last.isBefore(YearMonth.now(Clock.systemUTC()))) {
            throw new InvalidInputException(first.equals(last) ? "month" : "to", "Only an ended month can be "
                    + "recalculated; the running month is refreshed by itself");
        }
        if (first.plusMonths(MAX_RECALCULATED_MONTHS - 1).isBefore(last)) {
            throw new InvalidInputException("to", "At most " + MAX_RECALCULATED_MONTHS + " months at once");
        }
        Window window = new Window(first, last);
        long started = System.nanoTime();
        Map<String, Map<YearMonth, Figure>> figures = compute(window);
        long counted = System.nanoTime();
        Map<YearMonth, Snapshot> existing = snapshots(window);
        // Every stored figure of the range in one query, rather than one query a month.
        Map<Long, Map<String, StoredFigure>> storedFigures = figuresOf(existing.values());
        Instant now = Instant.now(Clock.systemUTC());
        List<Recalculation> done = new ArrayList<>();
        for (YearMonth month : window.months()) {
            Map<String, Figure> before = new HashMap<>();
            Snapshot snapshot = existing.get(month);
            if (snapshot != null) {
                storedFigures.getOrDefault(snapshot.getId(), Map.of()).forEach((id, f) -> before.put(id, asFigure(f)));
            }
            store(month, Snapshot.FROZEN, figures, snapshot, storedFigures, now, actor.name());
            int changed = 0;
            for (Map.Entry<String, Map<YearMonth, Figure>> after : figures.entrySet()) {
                if (!same(after.getValue().get(month), before.get(after.getKey()))) {
                    changed++;
                }
            }
            Recalculation record = new Recalculation(month.atDay(1), actor.name(), now, reason.trim(), changed);
            em.persist(record);
            audit.success("SCORECARD_RECALCULATE", "performance-month", month.toString(),
                    changed + " figure(s) changed. Reason: " + reason.trim());
            done.add(record);
        }
        em.flush();
        LOG.info(() -> String.format("Scorecard: %d month(s) recalculated; counted in %d ms, stored in %d ms",
                done.size(), (counted - started) / 1_000_000, (System.nanoTime() - counted) / 1_000_000));
        return done;
    }

    /**
     * Stores the month's figures in its snapshot; a stored figure equal to the new one (as stored) is
     * left alone, so a recalculation that changes nothing writes nothing but the snapshot's row.
     */
    private Snapshot store(YearMonth month, String status, Map<String, Map<YearMonth, Figure>> figures,
                           Snapshot existing, Map<Long, Map<String, StoredFigure>> storedFigures, Instant now,
                           String by) {
        Snapshot snapshot = existing;
        Map<String, StoredFigure> current = Map.of();
        if (snapshot == null) {
            snapshot = new Snapshot(month.atDay(1), status, now, by);
            em.persist(snapshot);
            em.flush();
        } else {
            snapshot.recomputed(status, now, by);
            current = storedFigures.getOrDefault(snapshot.getId(), Map.of());
        }
        for (Map.Entry<String, Map<YearMonth, Figure>> indicator : figures.entrySet()) {
            Figure f = indicator.getValue().get(month);
            StoredFigure stored = current.get(indicator.getKey());
            if (stored == null) {
                em.persist(new StoredFigure(snapshot.getId(), indicator.getKey(), f.numerator(), f.denominator(),
                        f.population(), f.value()));
            } else if (!same(f, asFigure(stored))) {
                stored.update(f.numerator(), f.denominator(), f.population(), f.value());
            }
        }
        return snapshot;
    }

    private static Figure asFigure(StoredFigure f) {
        return new Figure(f.getNumerator(), f.getDenominator(), f.getPopulation(), f.getValue());
    }

    /** Equal as stored: values compared at the four decimal places the table keeps. */
    static boolean same(Figure a, Figure b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.numerator() == b.numerator() && java.util.Objects.equals(a.denominator(), b.denominator())
                && java.util.Objects.equals(a.population(), b.population())
                && java.util.Objects.equals(rounded(a.value()), rounded(b.value()));
    }

    private static Long rounded(Double value) {
        return value == null ? null : Math.round(value * 10_000);
    }

    public Map<YearMonth, Snapshot> snapshots(Window window) {
        Map<YearMonth, Snapshot> result = new HashMap<>();
        em.createQuery("select s from Snapshot s where s.monthStart between :from and :to", Snapshot.class)
                .setParameter("from", window.from()).setParameter("to", window.to()).getResultList()
                .forEach(s -> result.put(YearMonth.from(s.getMonthStart()), s));
        return result;
    }

    /** Stored figures of the window: by indicator id, then month. One query. */
    public Map<String, Map<YearMonth, Figure>> stored(Window window) {
        Map<Long, YearMonth> months = new HashMap<>();
        snapshots(window).forEach((m, s) -> months.put(s.getId(), m));
        Map<String, Map<YearMonth, Figure>> result = new HashMap<>();
        if (months.isEmpty()) {
            return result;
        }
        // Read only: the scorecard turns these rows into figures at once, so they need no copies kept for changes.
        em.createQuery("select f from StoredFigure f where f.snapshotId in :ids", StoredFigure.class)
                .setParameter("ids", months.keySet()).setHint("eclipselink.read-only", "true").getResultList()
                .forEach(f -> result.computeIfAbsent(f.getIndicatorId(), k -> new HashMap<>())
                        .put(months.get(f.getSnapshotId()), asFigure(f)));
        return result;
    }

    /** The stored figures of the snapshots, by snapshot id then indicator id: one query. */
    private Map<Long, Map<String, StoredFigure>> figuresOf(Collection<Snapshot> of) {
        Map<Long, Map<String, StoredFigure>> result = new HashMap<>();
        if (of.isEmpty()) {
            return result;
        }
        em.createQuery("select f from StoredFigure f where f.snapshotId in :ids", StoredFigure.class)
                .setParameter("ids", of.stream().map(Snapshot::getId).toList()).getResultList()
                .forEach(f -> result.computeIfAbsent(f.getSnapshotId(), k -> new HashMap<>()).put(f.getIndicatorId(), f));
        return result;
    }

    public List<Recalculation> recalculations() {
        return em.createQuery("select r from Recalculation r order by r.requestedAt desc", Recalculation.class)
                .setMaxResults(50).getResultList();
    }

    public Optional<Snapshot> snapshot(YearMonth month) {
        return Optional.ofNullable(snapshots(Window.single(month)).get(month));
    }
}
