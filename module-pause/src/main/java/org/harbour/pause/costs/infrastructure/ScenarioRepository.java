package org.harbour.pause.costs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.pause.costs.domain.Scenario;

import java.util.List;
import java.util.Optional;

/** Saved cost scenarios. */
@ApplicationScoped
public class ScenarioRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(Scenario scenario) {
        em.persist(scenario);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<Scenario> find(long id) {
        return Optional.ofNullable(em.find(Scenario.class, id));
    }

    public List<Scenario> all() {
        return em.createQuery("select s from Scenario s order by s.name, s.id", Scenario.class).getResultList();
    }
}
