package org.harbour.continuingcare.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.continuingcare.referral.domain.ReferralStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored referrals. No checks here: the services that call it check permission and need to know. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferralRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(Referral referral) {
        em.persist(referral);
        em.flush();
    }

    /** Writes pending changes now, so a conflicting change fails inside the caller's checks. */
    public void flush() {
        em.flush();
    }

    /** Moves the referral's version on commit even if nothing else changes, so of two such changes at once one fails. */
    public void forceVersionIncrement(Referral referral) {
        em.lock(referral, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public Optional<Referral> find(long referralId) {
        return Optional.ofNullable(em.find(Referral.class, referralId));
    }

    /** The child's referrals, newest first. */
    public List<Referral> ofChild(long personId) {
        return em.createQuery("select r from Referral r where r.personId = :p order by r.referredOn desc, r.id desc", Referral.class)
                .setParameter("p", personId).getResultList();
    }

    /** Referrals not yet decided, longest waiting first. */
    public List<Referral> undecided() {
        return em.createQuery("select r from Referral r where r.status <> :decided order by r.referredOn, r.id", Referral.class)
                .setParameter("decided", ReferralStatus.DECIDED).getResultList();
    }

    /** Referrals at any of the stages, longest waiting first. */
    public List<Referral> inStatus(Set<ReferralStatus> statuses) {
        return em.createQuery("select r from Referral r where r.status in :s order by r.referredOn, r.id", Referral.class)
                .setParameter("s", statuses).getResultList();
    }

    /** Referrals of these children still on their checklist. */
    public List<Referral> collectingEvidence(Collection<Long> personIds) {
        return em.createQuery("select r from Referral r where r.personId in :ids and r.status = :checklist", Referral.class)
                .setParameter("ids", personIds).setParameter("checklist", ReferralStatus.CHECKLIST).getResultList();
    }

    public List<Referral> all() {
        return em.createQuery("select r from Referral r", Referral.class).getResultList();
    }

    /** Whether the child has a referral undecided, or decided on or after the day. */
    public boolean openOrDecidedSince(long personId, LocalDate since) {
        return em.createQuery("""
                        select count(r) from Referral r where r.personId = :p
                          and (r.status <> :decided or r.decidedOn >= :since)""", Long.class)
                .setParameter("p", personId).setParameter("decided", ReferralStatus.DECIDED)
                .setParameter("since", since).getSingleResult() > 0;
    }
}
