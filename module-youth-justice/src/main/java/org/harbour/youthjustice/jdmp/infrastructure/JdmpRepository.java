package org.harbour.youthjustice.jdmp.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.jdmp.domain.JdmpReferral;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored panel referrals. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JdmpRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public JdmpReferral add(JdmpReferral referral) {
        em.persist(referral);
        em.flush();
        return referral;
    }

    public void flush() {
        em.flush();
    }

    public Optional<JdmpReferral> find(long id) {
        return Optional.ofNullable(em.find(JdmpReferral.class, id));
    }

    public List<JdmpReferral> ofChild(long personId) {
        return em.createQuery("select r from JdmpReferral r where r.personId = :p order by r.referredOn desc, r.id desc",
                JdmpReferral.class).setParameter("p", personId).getResultList();
    }

    /** The panel's agenda: referrals not yet decided, longest waiting first. */
    public List<JdmpReferral> undecided() {
        return em.createQuery("select r from JdmpReferral r where r.decidedOn is null order by r.referredOn, r.id",
                JdmpReferral.class).getResultList();
    }

    public boolean undecidedFor(long offenceId) {
        return em.createQuery("select count(r) from JdmpReferral r where r.offenceId = :o and r.decidedOn is null", Long.class)
                .setParameter("o", offenceId).getSingleResult() > 0;
    }

    /** Undecided referrals of these children whose assessment is still owed. */
    public List<JdmpReferral> assessmentsOwed(Collection<Long> personIds) {
        return em.createQuery("""
                        select r from JdmpReferral r where r.personId in :ids and r.decidedOn is null and r.assessedOn is null""",
                JdmpReferral.class).setParameter("ids", personIds).getResultList();
    }
}
