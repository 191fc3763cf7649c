package org.harbour.send.appeal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.send.appeal.domain.AppealableDecision;
import org.harbour.send.appeal.domain.DecisionAppeal;

import java.util.List;
import java.util.Optional;

/** Stored mediation and appeals. No checks here: the appeal service checks permission and reach. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AppealRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(DecisionAppeal appeal) {
        em.persist(appeal);
    }

    public void flush() {
        em.flush();
    }

    public List<DecisionAppeal> ofRequest(long requestId) {
        return em.createQuery("select a from DecisionAppeal a where a.requestId = :r order by a.decidedOn, a.id",
                DecisionAppeal.class).setParameter("r", requestId).getResultList();
    }

    public List<DecisionAppeal> ofReview(long reviewId) {
        return em.createQuery("select a from DecisionAppeal a where a.reviewId = :r order by a.decidedOn, a.id",
                DecisionAppeal.class).setParameter("r", reviewId).getResultList();
    }

    public Optional<DecisionAppeal> onRequest(long requestId, AppealableDecision decision) {
        return ofRequest(requestId).stream().filter(a -> a.getDecision() == decision).findFirst();
    }

    public Optional<DecisionAppeal> onReview(long reviewId, AppealableDecision decision) {
        return ofReview(reviewId).stream().filter(a -> a.getDecision() == decision).findFirst();
    }
}
