package org.harbour.send.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestStage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored requests for EHC needs assessments. No checks here: the services check permission and reach. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestRepository {

    private static final Set<RequestStage> OPEN = Set.of(RequestStage.RECEIVED, RequestStage.ASSESSING, RequestStage.DRAFT_ISSUED);

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(EhcRequest request) {
        em.persist(request);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<EhcRequest> find(long id) {
        return Optional.ofNullable(em.find(EhcRequest.class, id));
    }

    /** The child's requests, newest first. */
    public List<EhcRequest> ofChild(long personId) {
        return em.createQuery("select r from EhcRequest r where r.personId = :p order by r.receivedOn desc, r.id desc",
                EhcRequest.class).setParameter("p", personId).getResultList();
    }

    /** Open requests of an officer, longest waiting first. */
    public List<EhcRequest> openOf(String officer) {
        return em.createQuery("select r from EhcRequest r where r.officer = :o and r.stage in :open order by r.receivedOn, r.id",
                EhcRequest.class).setParameter("o", officer).setParameter("open", OPEN).getResultList();
    }

    /** Every open request, by officer then longest waiting first. */
    public List<EhcRequest> allOpen() {
        return em.createQuery("select r from EhcRequest r where r.stage in :open order by r.officer, r.receivedOn, r.id",
                EhcRequest.class).setParameter("open", OPEN).getResultList();
    }

    /** Open requests of these children. */
    public List<EhcRequest> openFor(Collection<Long> personIds) {
        return em.createQuery("select r from EhcRequest r where r.personId in :ids and r.stage in :open", EhcRequest.class)
                .setParameter("ids", personIds).setParameter("open", OPEN).getResultList();
    }

    /** The children's requests whose final plan was issued on or after the day given. */
    public List<EhcRequest> finalIssuedSince(Collection<Long> personIds, LocalDate since) {
        return em.createQuery("select r from EhcRequest r where r.personId in :ids and r.finalIssuedOn >= :since", EhcRequest.class)
                .setParameter("ids", personIds).setParameter("since", since).getResultList();
    }

    /** The request whose draft created the plan, if any. */
    public Optional<EhcRequest> ofPlan(long planId) {
        return em.createQuery("select r from EhcRequest r where r.planId = :p", EhcRequest.class)
                .setParameter("p", planId).getResultList().stream().findFirst();
    }

    /**
     * Sets the request's mediation and tribunal flags, worked out from its decisions' appeals. A
     * bulk update on purpose: the flags are derived, not an edit of the request, so its version
     * stays and no one working on the request meets an edit conflict for them.
     */
    public void appealFlags(long requestId, boolean mediation, boolean tribunal) {
        // Native SQL: a JPQL bulk update binds booleans as integers, which Derby's BOOLEAN columns refuse.
        // There is no shared cache to refresh (shared-cache-mode NONE).
        em.createNativeQuery("UPDATE send_request SET mediation = ?, tribunal = ? WHERE id = ?")
                .setParameter(1, mediation).setParameter(2, tribunal).setParameter(3, requestId).executeUpdate();
    }
}
