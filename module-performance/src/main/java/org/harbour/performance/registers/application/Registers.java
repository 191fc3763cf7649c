package org.harbour.performance.registers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.performance.access.application.Actor;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.registers.domain.Recommendation;
import org.harbour.performance.registers.domain.Risk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The risk register and the scrutiny recommendations tracker. A save carries the version the
 * user loaded; a stale one is refused naming who changed the entry and when.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class Registers {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private PerformanceAccess access;

    @Inject
    private Actor actor;

    @Inject
    private Audit audit;

    public List<Risk> risks() {
        return em.createQuery("select r from Risk r order by r.riskRank, r.reviewDate", Risk.class).getResultList();
    }

    public List<Recommendation> recommendations() {
        return em.createQuery("select r from Recommendation r order by r.madeOn desc, r.id desc", Recommendation.class)
                .getResultList();
    }

    @Transactional(dontRollbackOn = ActionRefusedException.class)
    public Risk save(Risk input) {
        access.require(PerformanceAccess.MANAGE, "RISK_SAVE");
        Instant now = Instant.now(Clock.systemUTC());
        if (input.getId() == null) {
            input.stamp(actor.name(), now);
            em.persist(input);
            audit.success("RISK_CREATE", "performance-risk", null, "rank " + input.getRank());
            return input;
        }
        Risk current = em.find(Risk.class, input.getId());
        if (current == null) {
            throw new RecordNotFoundException(input.getId());
        }
        if (current.getVersion() != input.getVersion()) {
            throw new EditConflictException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        current.setTitle(input.getTitle());
        current.setProgramme(input.getProgramme());
        current.setRank(input.getRank());
        current.setOwner(input.getOwner());
        current.setMitigation(input.getMitigation());
        current.setReviewDate(input.getReviewDate());
        current.stamp(actor.name(), now);
        audit.success("RISK_UPDATE", "performance-risk", Long.toString(current.getId()), "rank " + current.getRank());
        return current;
    }

    @Transactional(dontRollbackOn = ActionRefusedException.class)
    public void deleteRisk(long id, long version) {
        access.require(PerformanceAccess.MANAGE, "RISK_DELETE");
        Risk current = em.find(Risk.class, id);
        if (current == null) {
            throw new RecordNotFoundException(id);
        }
        if (current.getVersion() != version) {
            throw new EditConflictException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        em.remove(current);
        audit.success("RISK_DELETE", "performance-risk", Long.toString(id), null);
    }

    @Transactional(dontRollbackOn = ActionRefusedException.class)
    public Recommendation save(Recommendation input) {
        access.require(PerformanceAccess.MANAGE, "RECOMMENDATION_SAVE");
        Instant now = Instant.now(Clock.systemUTC());
        if (input.getId() == null) {
            input.stamp(actor.name(), now);
            em.persist(input);
            audit.success("RECOMMENDATION_CREATE", "performance-recommendation", null, input.getStatus().name());
            return input;
        }
        Recommendation current = em.find(Recommendation.class, input.getId());
        if (current == null) {
            throw new RecordNotFoundException(input.getId());
        }
        if (current.getVersion() != input.getVersion()) {
            throw new EditConflictException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        current.setMadeOn(input.getMadeOn());
        current.setTitle(input.getTitle());
        current.setActionProposed(input.getActionProposed());
        current.setActionTaken(input.getActionTaken());
        current.setStatus(input.getStatus());
        current.stamp(actor.name(), now);
        audit.success("RECOMMENDATION_UPDATE", "performance-recommendation", Long.toString(current.getId()),
                current.getStatus().name());
        return current;
    }
}
