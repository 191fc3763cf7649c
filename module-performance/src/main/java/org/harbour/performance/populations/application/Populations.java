package org.harbour.performance.populations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.performance.access.application.Actor;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.populations.domain.AgeBand;
import org.harbour.performance.populations.domain.Population;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Population denominators by calendar year and age band, editable by analysts. */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class Populations {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private PerformanceAccess access;

    @Inject
    private Actor actor;

    @Inject
    private Audit audit;

    public List<Population> all() {
        return em.createQuery("select p from Population p order by p.populationYear desc, p.ageBand", Population.class)
                .getResultList();
    }

    /** Population of each band by year, for rates. */
    public Map<AgeBand, Map<Integer, Long>> byBandAndYear() {
        Map<AgeBand, Map<Integer, Long>> result = new EnumMap<>(AgeBand.class);
        for (Population p : all()) {
            result.computeIfAbsent(p.getAgeBand(), b -> new HashMap<>()).put(p.getYear(), p.getPopulation());
        }
        return result;
    }

    /** Sets a year's population of a band; a stale version is refused naming who changed it. */
    @Transactional(dontRollbackOn = {InvalidInputException.class})
    public void set(int year, AgeBand band, long population, Long expectedVersion) {
        access.require(PerformanceAccess.MANAGE, "POPULATION_UPDATE");
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Enter a year between 2000 and 2100");
        }
        if (population < 1 || population > 50_000_000) {
            throw new InvalidInputException("population", "Enter a population between 1 and 50,000,000");
        }
        List<Population> found = em.createQuery("select p from Population p where p.populationYear = :y and p.ageBand = :b",
                Population.class).setParameter("y", year).setParameter("b", band).getResultList();
        Instant now = Instant.now(Clock.systemUTC());
        if (found.isEmpty()) {
            em.persist(new Population(year, band, population, actor.name(), now));
        } else {
            Population p = found.get(0);
            if (expectedVersion != null && p.getVersion() != expectedVersion) {
                throw new EditConflictException(p.getUpdatedBy(), p.getUpdatedAt());
            }
            p.change(population, actor.name(), now);
        }
        audit.success("POPULATION_UPDATE", "performance-population", year + ":" + band, "population " + population);
    }
}
