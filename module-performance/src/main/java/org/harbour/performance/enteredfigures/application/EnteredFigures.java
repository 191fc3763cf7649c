package org.harbour.performance.enteredfigures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.Actor;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.enteredfigures.domain.EnteredValue;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.IndicatorDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** Monthly figures of indicators owned by partners, entered by analysts. */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class EnteredFigures {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private PerformanceAccess access;

    @Inject
    private Actor actor;

    @Inject
    private Audit audit;

    /** Indicators whose figures are entered rather than computed. */
    public List<IndicatorDefinition> enterable() {
        return catalogue.all().stream().filter(d -> !d.isComputed()).toList();
    }

    @Transactional(dontRollbackOn = {ActionRefusedException.class, InvalidInputException.class})
    public void enter(String indicatorId, YearMonth month, Long numerator, Long denominator) {
        access.require(PerformanceAccess.MANAGE, "FIGURE_ENTER");
        IndicatorDefinition definition = catalogue.find(indicatorId == null ? "" : indicatorId)
                .filter(d -> !d.isComputed())
                .orElseThrow(() -> new InvalidInputException("indicator", "Choose an indicator whose figures are entered"));
        if (month == null || !month.isBefore(YearMonth.now(Clock.systemUTC()).plusMonths(1))) {
            throw new InvalidInputException("month", "Enter a month up to the current one, like 2026-10");
        }
        if (numerator == null || numerator < 0) {
            throw new InvalidInputException("numerator", "Enter a number of 0 or more");
        }
        boolean needsDenominator = definition.getUnit().needsDenominator();
        if (needsDenominator && (denominator == null || denominator < 1)) {
            throw new InvalidInputException("denominator", "A percentage needs the number it is out of (1 or more)");
        }
        if (needsDenominator && numerator > denominator) {
            throw new InvalidInputException("numerator", "The number cannot be more than the number it is out of");
        }
        List<EnteredValue> found = em.createQuery("""
                        select e from EnteredValue e where e.indicatorId = :i and e.monthStart = :m""", EnteredValue.class)
                .setParameter("i", definition.getId()).setParameter("m", month.atDay(1)).getResultList();
        EnteredValue value = found.isEmpty() ? new EnteredValue(definition.getId(), month.atDay(1)) : found.get(0);
        value.enter(numerator, needsDenominator ? denominator : null, actor.name(), Instant.now(Clock.systemUTC()));
        if (found.isEmpty()) {
            em.persist(value);
        }
        audit.success("FIGURE_ENTER", "performance-indicator", definition.getId() + ":" + month, null);
    }
}
