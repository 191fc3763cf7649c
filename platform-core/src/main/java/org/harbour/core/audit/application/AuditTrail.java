package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.AuditHead;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The one audit service every part of Harbour writes to. An entry is written to the pending table in
 * the caller's transaction, without any lock, so a change and its audit line commit or roll back
 * together ({@link PendingStore}); this instance's appender then links committed entries into the
 * chain in batches under one lock of the head row, so across a cluster the entries still form one
 * line, each linked to the one before ({@link AuditAppender}). Readers of the trail first let the
 * appender catch up, so they see what was recorded before they asked. Nothing here, nor anywhere
 * else in Harbour, updates or deletes a chained entry.
 */
@ApplicationScoped
public class AuditTrail {

    /** How long a reader waits for the appender before reading what is chained so far. */
    private static final Duration CATCH_UP = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private AuditKey keys;

    @Inject
    private AuditChain chain;

    @Inject
    private PendingStore pending;

    @Inject
    private AuditAppender appender;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records an entry on its own, commits it and returns it once chained: for system tasks and
     * tests that need the entry itself. Services record through {@link AuditLog} instead.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditEntry record(AuditEvent event) {
        Instant at = pending.stageOnItsOwn(event);
        catchUp();
        return em.createQuery("""
                        select e from AuditEntry e
                        where e.actor = :actor and e.action = :action
                        order by e.id desc""", AuditEntry.class)
                .setParameter("actor", event.actor()).setParameter("action", event.action())
                .setMaxResults(200)
                .getResultStream()
                .filter(e -> e.getOccurredAt().equals(at) && Objects.equals(e.getRecordId(), event.recordId())
                        && Objects.equals(e.getRecordType(), event.recordType()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The audit entry was recorded but is not chained yet"));
    }

    /**
     * Lets the appender chain every entry committed so far, unless the current transaction has
     * written entries of its own that are not committed yet (the appender would wait for them).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void catchUp() {
        if (!pending.stagedInThisTransaction()) {
            appender.catchUp(CATCH_UP);
        }
    }

    /** Newest entries first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latest(int max) {
        catchUp();
        return em.createQuery("select e from AuditEntry e order by e.id desc", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }

    /** Newest entries about one record first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> forRecord(String recordType, String recordId, int max) {
        catchUp();
        return em.createQuery("""
                        select e from AuditEntry e
                        where e.recordType = :type and e.recordId = :id
                        order by e.id desc""", AuditEntry.class)
                .setParameter("type", recordType).setParameter("id", recordId)
                .setMaxResults(max).getResultList();
    }

    /** Walks the whole chain in id order and reports the first entry that does not fit, or a checkpoint it misses. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        catchUp();
        return chain.verifyFull();
    }

    /**
     * Appends the anchor: the first keyed entry, over the hash of the last entry of the unkeyed rule
     * (or over nothing, in a new database). Only the migration that keys the chain calls for it.
     * Committed at once, apart from the rest of the start-up work: a scheduled check that starts
     * while that work is still under way must find the chain anchored, not empty.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry anchor() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long unkeyed = em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
        AuditEvent event = new AuditEvent(AuditLog.SYSTEM, ChainRules.ANCHOR_ACTION, null, null, Outcome.SUCCESS, null,
                "The audit chain is keyed (HMAC-SHA256 under the deployment's audit key) from this entry on; "
                        + unkeyed + " earlier entries keep the unkeyed rule they were written under");
        AuditEntry entry = new AuditEntry(event, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), head.getLastHash(),
                keys.key());
        em.persist(entry);
        em.flush();
        head.anchor(entry);
        return entry;
    }

    /** The head as it stands, for checks at start-up. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditHead head() {
        return em.find(AuditHead.class, AuditHead.ID);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditEntry find(long id) {
        return em.find(AuditEntry.class, id);
    }
}
