package org.harbour.core.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.audit.domain.AuditHead;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one audit service every part of Harbour writes to. An entry joins the caller's
 * transaction, so a change and its audit line commit or roll back together. Appends lock the
 * single head row, so across a cluster the entries form one line, each linked to the one before.
 * {@link AuditLog} hands a transaction's successes over as one batch ({@link #appendAll}) at the
 * end of its service call, so the lock is taken once per transaction and held only to the commit.
 * Nothing here, nor anywhere else in Harbour, updates or deletes an entry.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String HEAD_HELD = AuditTrail.class.getName() + ".headHeld";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private AuditKey keys;

    @Inject
    private AuditChain chain;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public AuditEntry record(AuditEvent event) {
        return append(event);
    }

    /**
     * Appends in a transaction of its own, so the entry stays even when the caller's work rolls
     * back: for refusals and failures. Callers check {@link #holdsHead()} first: a transaction
     * that already holds the head would wait for itself.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry recordOnItsOwn(AuditEvent event) {
        return append(event);
    }

    /** Whether the current transaction has already appended, and so holds the head row's lock. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean holdsHead() {
        return transactions.getTransactionKey() != null && Boolean.TRUE.equals(transactions.getResource(HEAD_HELD));
    }

    /**
     * Appends several entries, in the order given, under one lock of the head row, in the caller's
     * transaction: a transaction's batch of successes ({@link AuditBatch}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEntry> appendAll(List<AuditEvent> events) {
        events.forEach(AuditTrail::refuseAnchor);
        AuditHead head = lockHead();
        List<AuditEntry> entries = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            entries.add(appendAfter(head, event));
        }
        return entries;
    }

    private AuditEntry append(AuditEvent event) {
        refuseAnchor(event);
        return appendAfter(lockHead(), event);
    }

    private static void refuseAnchor(AuditEvent event) {
        if (ChainRules.ANCHOR_ACTION.equals(event.action())) {
            throw new IllegalArgumentException(ChainRules.ANCHOR_ACTION + " is written only when the chain is keyed");
        }
    }

    private AuditHead lockHead() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        transactions.putResource(HEAD_HELD, Boolean.TRUE);
        return head;
    }

    /** Flushed one by one, so the database numbers the entries in chain order. */
    private AuditEntry appendAfter(AuditHead head, AuditEvent event) {
        AuditEntry entry = new AuditEntry(event, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), head.getLastHash(),
                keys.key());
        em.persist(entry);
        em.flush();
        head.advance(entry);
        return entry;
    }

    /** Newest entries first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latest(int max) {
        return em.createQuery("select e from AuditEntry e order by e.id desc", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }

    /** Newest entries about one record first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> forRecord(String recordType, String recordId, int max) {
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
        transactions.putResource(HEAD_HELD, Boolean.TRUE);
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
