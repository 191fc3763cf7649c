package org.harbour.youthjustice.court.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.court.domain.BailSupport;
import org.harbour.youthjustice.court.domain.Breach;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.court.domain.Hearing;
import org.harbour.youthjustice.court.domain.PreSentenceReport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored court work: hearings, pre-sentence reports, orders' terms, breaches, bail support. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourtRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public <T> T add(T record) {
        em.persist(record);
        em.flush();
        return record;
    }

    public void flush() {
        em.flush();
    }

    public Optional<Hearing> hearing(long id) {
        return Optional.ofNullable(em.find(Hearing.class, id));
    }

    public Optional<PreSentenceReport> report(long id) {
        return Optional.ofNullable(em.find(PreSentenceReport.class, id));
    }

    public Optional<CourtOrder> order(long id) {
        return Optional.ofNullable(em.find(CourtOrder.class, id));
    }

    public Optional<Breach> breach(long id) {
        return Optional.ofNullable(em.find(Breach.class, id));
    }

    public Optional<BailSupport> bail(long id) {
        return Optional.ofNullable(em.find(BailSupport.class, id));
    }

    public List<Hearing> hearingsOf(long personId) {
        return em.createQuery("select h from YjHearing h where h.personId = :p order by h.hearingOn desc, h.id desc", Hearing.class)
                .setParameter("p", personId).getResultList();
    }

    /** The court diary: hearings from one day to another, earliest first. */
    public List<Hearing> hearingsBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select h from YjHearing h where h.hearingOn between :f and :t order by h.hearingOn, h.courtName, h.id",
                Hearing.class).setParameter("f", from).setParameter("t", to).getResultList();
    }

    public List<PreSentenceReport> reportsOf(long personId) {
        return em.createQuery("select r from YjPreSentenceReport r where r.personId = :p order by r.dueOn desc, r.id desc",
                PreSentenceReport.class).setParameter("p", personId).getResultList();
    }

    /** Reports not yet filed, soonest due first. */
    public List<PreSentenceReport> unfiledReports() {
        return em.createQuery("select r from YjPreSentenceReport r where r.filedOn is null order by r.dueOn, r.id",
                PreSentenceReport.class).getResultList();
    }

    /** Hearings of the children whose result is not yet recorded: those to come and those the court has held. */
    public List<Hearing> unresultedHearingsOf(Collection<Long> personIds) {
        return em.createQuery("select h from YjHearing h where h.result is null and h.personId in :ids order by h.hearingOn, h.id",
                Hearing.class).setParameter("ids", personIds).getResultList();
    }

    public List<PreSentenceReport> unfiledReportsOf(Collection<Long> personIds) {
        return em.createQuery("select r from YjPreSentenceReport r where r.filedOn is null and r.personId in :ids",
                PreSentenceReport.class).setParameter("ids", personIds).getResultList();
    }

    public List<CourtOrder> ordersOf(long personId) {
        return em.createQuery("select o from YjCourtOrder o where o.personId = :p order by o.startsOn desc, o.id desc", CourtOrder.class)
                .setParameter("p", personId).getResultList();
    }

    public List<Breach> breachesOf(long personId) {
        return em.createQuery("select b from YjBreach b where b.personId = :p order by b.failedOn desc, b.id desc", Breach.class)
                .setParameter("p", personId).getResultList();
    }

    public List<Breach> breachesOfOrder(long orderId) {
        return em.createQuery("select b from YjBreach b where b.orderId = :o order by b.failedOn, b.id", Breach.class)
                .setParameter("o", orderId).getResultList();
    }

    public List<BailSupport> bailOf(long personId) {
        return em.createQuery("select b from YjBailSupport b where b.personId = :p order by b.startedOn desc, b.id desc", BailSupport.class)
                .setParameter("p", personId).getResultList();
    }
}
