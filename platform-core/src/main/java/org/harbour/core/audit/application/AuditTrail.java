package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditHash;
import org.harbour.core.audit.domain.AuditHead;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one audit service every part of Harbour writes to. An entry joins the caller's
 * transaction, so a change and its audit line commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int VERIFY_BATCH = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public AuditEntry record(AuditEvent event) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
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
        String expectedPrevious = AuditHash.GENESIS;
        long checked = 0;
        long afterId = 0;
        while (true) {
            TypedQuery<AuditEntry> page = em.createQuery(
                            "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
                    .setParameter("after", afterId).setMaxResults(VERIFY_BATCH);
            List<AuditEntry> entries = page.getResultList();
            if (entries.isEmpty()) {
                break;
            }
            for (AuditEntry entry : entries) {
                if (!entry.getPreviousHash().equals(expectedPrevious)) {
                    return ChainVerification.brokenAt(checked, entry.getId(),
                            "entry " + entry.getId() + " does not link to the entry before it (one was altered or removed)");
                }
                if (!AuditHash.of(entry).equals(entry.getEntryHash())) {
                    return ChainVerification.brokenAt(checked, entry.getId(),
                            "entry " + entry.getId() + " was altered after it was written");
                }
                expectedPrevious = entry.getEntryHash();
                afterId = entry.getId();
                checked++;
            }
            em.clear();
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head != null && checked > 0 && !head.getLastHash().equals(expectedPrevious)) {
            return ChainVerification.brokenAt(checked, head.getLastId(),
                    "the newest entries were removed: the chain ends before entry " + head.getLastId());
        }
        return ChainVerification.intact(checked);
    }
}
