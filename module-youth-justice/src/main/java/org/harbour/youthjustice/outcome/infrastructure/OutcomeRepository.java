package org.harbour.youthjustice.outcome.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.outcome.domain.OutcomeType;

import java.util.List;
import java.util.Optional;

/** Stored outcomes and the outcome types' code list. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutcomeRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public Outcome add(Outcome outcome) {
        em.persist(outcome);
        em.flush();
        return outcome;
    }

    public void flush() {
        em.flush();
    }

    public Optional<Outcome> find(long id) {
        return Optional.ofNullable(em.find(Outcome.class, id));
    }

    public List<Outcome> ofChild(long personId) {
        return em.createQuery("select o from Outcome o where o.personId = :p order by o.outcomeOn desc, o.id desc", Outcome.class)
                .setParameter("p", personId).getResultList();
    }

    public Optional<OutcomeType> type(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(OutcomeType.class, code));
    }

    /** Active types in the ladder's order. */
    public List<OutcomeType> types() {
        return em.createQuery("select t from OutcomeType t where t.active = true order by t.sortOrder", OutcomeType.class)
                .getResultList();
    }
}
