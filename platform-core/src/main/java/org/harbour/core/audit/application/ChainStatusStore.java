package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.domain.ChainState;

import java.time.Instant;

/**
 * The latest verification's finding, in the shared database so that every instance raises a break
 * that any of them found. A break stays raised until someone runs a full verification from the
 * audit trail page and it finds the chain intact: a scheduled check that reads less than the whole
 * chain, or an instance without the checkpoint that caught the break, cannot clear it.
 */
@ApplicationScoped
public class ChainStatusStore {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** The scope recorded with the anchor, before any verification. */
    static final String ANCHORED = "ANCHORED";

    @Inject
    private AuditKey keys;

    /**
     * Records a finished verification; returns false when an intact result was not recorded because
     * a break is raised that only a person's full verification may clear.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(ChainVerification result, String by, Instant at) {
        ChainKey key = keys.key();
        ChainState state = em.find(ChainState.class, ChainState.ID, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new ChainState(ChainState.ID);
            em.persist(state);
        }
        boolean raised = !state.isSignedBy(key) || !state.isIntact();
        boolean byPerson = result.getScope() == ChainScope.FULL && !AuditLog.SYSTEM.equals(by);
        if (result.isIntact() && raised && !byPerson) {
            return false;
        }
        state.record(at, result.getScope().name(), by, result.isIntact(), result.getFirstBrokenEntryId(),
                result.getProblem(), result.getEntriesChecked(), key);
        return true;
    }

    /**
     * The first record, made with the anchor: from then on a row that is empty or unsigned can only
     * mean that someone reset it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void anchored(Instant at) {
        ChainState state = em.find(ChainState.class, ChainState.ID, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new ChainState(ChainState.ID);
            em.persist(state);
        }
        state.record(at, ANCHORED, AuditLog.SYSTEM, true, null, null, 0, keys.key());
    }

    /** One read of one row: cheap enough for every administration page and health probe. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainStatus current() {
        ChainState state = em.find(ChainState.class, ChainState.ID);
        if (state == null || !state.isSignedBy(keys.key())) {
            return new ChainStatus(ChainStatus.Kind.RESULT_ALTERED, state == null ? null : state.getCheckedAt(),
                    state == null ? null : state.getScope(), state == null ? null : state.getCheckedBy(), null,
                    "the recorded verification result was removed or does not match its signature");
        }
        if (ANCHORED.equals(state.getScope())) {
            return new ChainStatus(ChainStatus.Kind.NOT_YET_CHECKED, state.getCheckedAt(), state.getScope(),
                    state.getCheckedBy(), null, null);
        }
        return new ChainStatus(state.isIntact() ? ChainStatus.Kind.INTACT : ChainStatus.Kind.BROKEN,
                state.getCheckedAt(), state.getScope(), state.getCheckedBy(), state.getBrokenEntryId(),
                state.getProblem());
    }
}
