package org.harbour.core.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditHead;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one audit service every part of Harbour writes to. An entry joins the caller's
 * transaction, so a change and its audit line commit or roll back together. Appends lock the
 * single head row, so across a cluster the entries form one line, each linked to the one before.
 * Nothing here, nor anywhere else in Harbour, updates or deletes an entry.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int VERIFY_BATCH = 1000;
    private static final String HEAD_HELD = AuditTrail.class.getName() + ".headHeld";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

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

    private AuditEntry append(AuditEvent event) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        transactions.putResource(HEAD_HELD, Boolean.TRUE);
        AuditEntry entry = new AuditEntry(event, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), head.getLastHash());
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

    /** Walks the whole chain in id order and reports the first entry that does not fit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verify() {
        ChainCheck check = startCheck();
        while (!check.isDone()) {
            continueCheck(check, Integer.MAX_VALUE);
        }
        return check.getResult();
    }

    /** Begins a verification to be carried on a chunk at a time with {@link #continueCheck}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainCheck startCheck() {
        return new ChainCheck(em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult());
    }

    /**
     * Checks up to {@code maxEntries} more entries, reading them in small batches so memory stays
     * flat however long the chain. Returns the same check, finished once the end or a break is reached.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainCheck continueCheck(ChainCheck check, int maxEntries) {
        int seen = 0;
        while (!check.isDone() && seen < maxEntries) {
            List<AuditEntry> entries = em.createQuery(
                            "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
                    .setParameter("after", check.getAfterId())
                    .setMaxResults(Math.min(VERIFY_BATCH, maxEntries - seen))
                    .getResultList();
            if (entries.isEmpty()) {
                checkEnd(check);
                return check;
            }
            for (AuditEntry entry : entries) {
                String broken = ChainRules.breakIn(entry, check.getExpectedPrevious());
                if (broken != null) {
                    check.finish(ChainVerification.brokenAt(check.getChecked(), entry.getId(), broken));
                    return check;
                }
                check.passed(entry.getId(), entry.getEntryHash());
                seen++;
            }
            em.clear();
        }
        return check;
    }

    /** The newest entry read must be the one the head row names: else the tail was cut or forged. */
    private void checkEnd(ChainCheck check) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long after = check.getAfterId();
        if (head.getLastId() > after) {
            boolean appendedMeanwhile = !em.createQuery("select e.id from AuditEntry e where e.id > :after", Long.class)
                    .setParameter("after", after).setMaxResults(1).getResultList().isEmpty();
            if (!appendedMeanwhile) {
                check.finish(ChainVerification.brokenAt(check.getChecked(), head.getLastId(),
                        "the newest entries were removed: the chain ends before entry " + head.getLastId()));
            }
        } else if (head.getLastId() < after) {
            Long firstForeign = em.createQuery("select min(e.id) from AuditEntry e where e.id > :last", Long.class)
                    .setParameter("last", head.getLastId()).getSingleResult();
            check.finish(ChainVerification.brokenAt(check.getChecked(), firstForeign,
                    "entry " + firstForeign + " was added outside the audit service"));
        } else if (!head.getLastHash().equals(check.getExpectedPrevious())) {
            check.finish(ChainVerification.brokenAt(check.getChecked(), head.getLastId(),
                    "entry " + head.getLastId() + " was replaced after it was written"));
        } else {
            check.finish(ChainVerification.intact(check.getChecked()));
        }
    }
}
