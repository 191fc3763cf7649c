package org.harbour.youthjustice.record.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.record.domain.Arrest;
import org.harbour.youthjustice.record.domain.Offence;
import org.harbour.youthjustice.record.domain.Remand;
import org.harbour.youthjustice.record.domain.YjInvolvement;

import java.util.List;
import java.util.Optional;

/** Stored involvements, offences, arrests and remands. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public <T> T add(T record) {
        em.persist(record);
        em.flush();
        return record;
    }

    /** Writes pending changes now, so a conflicting change fails inside the caller's checks. */
    public void flush() {
        em.flush();
    }

    public Optional<YjInvolvement> openInvolvement(long personId) {
        return em.createQuery("select i from YjInvolvement i where i.personId = :p and i.endedOn is null order by i.id desc",
                        YjInvolvement.class).setParameter("p", personId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Open involvements allocated to the case manager, longest known first. */
    public List<YjInvolvement> openInvolvementsOf(String caseManager) {
        return em.createQuery("select i from YjInvolvement i where i.caseManager = :m and i.endedOn is null order by i.startedOn, i.id",
                YjInvolvement.class).setParameter("m", caseManager).getResultList();
    }

    public List<Offence> offencesOf(long personId) {
        return em.createQuery("select o from Offence o where o.personId = :p order by o.committedOn desc, o.id desc", Offence.class)
                .setParameter("p", personId).getResultList();
    }

    public Optional<Offence> offence(long offenceId) {
        return Optional.ofNullable(em.find(Offence.class, offenceId));
    }

    public List<Arrest> arrestsOf(long personId) {
        return em.createQuery("select a from Arrest a where a.personId = :p order by a.arrestedOn desc, a.id desc", Arrest.class)
                .setParameter("p", personId).getResultList();
    }

    public List<Remand> remandsOf(long personId) {
        return em.createQuery("select r from Remand r where r.personId = :p order by r.startedOn desc, r.id desc", Remand.class)
                .setParameter("p", personId).getResultList();
    }

    public Optional<Remand> remand(long remandId) {
        return Optional.ofNullable(em.find(Remand.class, remandId));
    }
}
