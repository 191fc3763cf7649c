package org.harbour.pause.programme.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.pause.programme.domain.Contact;
import org.harbour.pause.programme.domain.Contraception;
import org.harbour.pause.programme.domain.FundEntry;
import org.harbour.pause.programme.domain.Goal;
import org.harbour.pause.programme.domain.Outcome;
import org.harbour.pause.programme.domain.OutcomePoint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The parts of a woman's programme record: goals, contacts, fund, contraception, outcomes. */
@ApplicationScoped
public class WomanRecordRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** Stored with the transaction's commit: nothing reads a part's id straight after adding it. */
    public void add(Object part) {
        em.persist(part);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Goal> goal(long id) {
        return Optional.ofNullable(em.find(Goal.class, id));
    }

    public List<Goal> goals(long participationId) {
        return em.createQuery("select g from Goal g where g.participationId = :p order by g.id", Goal.class)
                .setParameter("p", participationId).getResultList();
    }

    public List<Contact> contacts(long participationId) {
        return em.createQuery("select c from Contact c where c.participationId = :p order by c.contactOn desc, c.id desc", Contact.class)
                .setParameter("p", participationId).getResultList();
    }

    public List<FundEntry> fund(long participationId) {
        return em.createQuery("select f from FundEntry f where f.participationId = :p order by f.spentOn, f.id", FundEntry.class)
                .setParameter("p", participationId).getResultList();
    }

    public List<Contraception> contraception(long participationId) {
        return em.createQuery("select c from Contraception c where c.participationId = :p order by c.recordedOn desc, c.id desc",
                Contraception.class).setParameter("p", participationId).getResultList();
    }

    public List<Outcome> outcomes(long participationId) {
        return em.createQuery("select o from PauseOutcome o where o.participationId = :p order by o.point", Outcome.class)
                .setParameter("p", participationId).getResultList();
    }

    public Optional<Outcome> outcome(long participationId, OutcomePoint point) {
        return em.createQuery("select o from PauseOutcome o where o.participationId = :p and o.point = :pt", Outcome.class)
                .setParameter("p", participationId).setParameter("pt", point).getResultStream().findFirst();
    }

    /** Outcomes of many participations in one statement (indicators, due items). */
    public List<Outcome> outcomesOf(Collection<Long> participationIds) {
        if (participationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from PauseOutcome o where o.participationId in :ids", Outcome.class)
                .setParameter("ids", participationIds).getResultList();
    }

    public List<Contraception> contraceptionOf(Collection<Long> participationIds) {
        if (participationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Contraception c where c.participationId in :ids", Contraception.class)
                .setParameter("ids", participationIds).getResultList();
    }
}
