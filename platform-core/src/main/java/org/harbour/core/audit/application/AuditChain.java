package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditHash;
import org.harbour.core.audit.domain.AuditHead;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.domain.Checkpoint;
import org.harbour.core.audit.infrastructure.CheckpointFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies the audit chain: every entry links to the one before and carries the hash its fields
 * give under its scheme, the head names the newest entry, and every checkpoint this instance wrote
 * outside the database still names an entry of the chain with the hash it had then. Reads a
 * bounded batch at a time, so memory stays flat however long the trail. Records nothing itself:
 * see {@link ChainMonitor}. Each call is one read-only transaction: outside a request (the scheduled
 * checks) an entity manager used without one is not closed between runs of a pooled thread.
 */
@ApplicationScoped
public class AuditChain {

    private static final int BATCH = 1000;
    private static final int IDS_PER_QUERY = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private AuditKey keys;

    @Inject
    private CheckpointFile checkpoints;

    /** A check of every entry from the first. */
    @Transactional
    public ChainCheck startFull() {
        return ChainCheck.full(countAfter(0));
    }

    /**
     * A check from this instance's latest checkpoint: the anchor, the checkpointed entry, every entry
     * after it and every checkpoint. A full check when there is no checkpoint of the anchored chain
     * to start from (or no sound anchor, which the full check then reports).
     */
    @Transactional
    public ChainCheck startSinceCheckpoint() {
        ChainKey key = keys.key();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        AuditEntry anchor = head.getAnchorId() == null ? null : em.find(AuditEntry.class, head.getAnchorId());
        if (anchor == null || !ChainRules.isValidAnchor(anchor, key)) {
            return startFull();
        }
        Optional<Checkpoint> latest = checkpoints.read(key).latestOf(anchor.getEntryHash());
        if (latest.isEmpty()) {
            return startFull();
        }
        Checkpoint from = latest.get();
        ChainCheck check = ChainCheck.since(from.entryId(), from.entryHash(), anchor, countAfter(from.entryId()));
        AuditEntry checkpointed = em.find(AuditEntry.class, from.entryId());
        if (checkpointed == null) {
            check.finish(check.broken(from.entryId(), missing(from)));
        } else if (!checkpointed.getEntryHash().equals(from.entryHash()) || !AuditHash.matches(checkpointed, key)) {
            check.finish(check.broken(from.entryId(), rewritten(from)));
        }
        em.clear();
        return check;
    }

    /** The whole chain, checked to the end in one go: for tests and small trails. */
    @Transactional
    public ChainVerification verifyFull() {
        return runToEnd(startFull());
    }

    @Transactional
    public ChainVerification runToEnd(ChainCheck check) {
        while (!check.isDone()) {
            continueCheck(check, Integer.MAX_VALUE);
        }
        return check.getResult();
    }

    /**
     * Checks up to {@code maxEntries} more entries. Returns the same check, finished once the end
     * or a break is reached.
     */
    @Transactional
    public ChainCheck continueCheck(ChainCheck check, int maxEntries) {
        ChainKey key = keys.key();
        int seen = 0;
        while (!check.isDone() && seen < maxEntries) {
            List<AuditEntry> entries = em.createQuery(
                            "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
                    .setParameter("after", check.getAfterId())
                    .setMaxResults(Math.min(BATCH, maxEntries - seen))
                    .getResultList();
            if (entries.isEmpty()) {
                checkEnd(check, key);
                return check;
            }
            for (AuditEntry entry : entries) {
                String broken = ChainRules.breakIn(entry, check.getExpectedPrevious(), check.isKeyed(), key);
                if (broken != null) {
                    check.finish(check.broken(entry.getId(), broken));
                    return check;
                }
                if (!check.isKeyed() && ChainRules.isAnchor(entry)) {
                    check.anchored(entry);
                }
                check.passed(entry.getId(), entry.getEntryHash());
                seen++;
            }
            em.clear();
        }
        return check;
    }

    /** Past the newest entry: the head, the anchor and the checkpoints must all agree with what was read. */
    private void checkEnd(ChainCheck check, ChainKey key) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long after = check.getAfterId();
        if (head.getLastId() > after) {
            boolean appendedMeanwhile = !em.createQuery("select e.id from AuditEntry e where e.id > :after", Long.class)
                    .setParameter("after", after).setMaxResults(1).getResultList().isEmpty();
            if (!appendedMeanwhile) {
                check.finish(check.broken(head.getLastId(),
                        "the newest entries were removed: the chain ends before entry " + head.getLastId()));
            }
            return;
        }
        if (head.getLastId() < after) {
            Long firstForeign = em.createQuery("select min(e.id) from AuditEntry e where e.id > :last", Long.class)
                    .setParameter("last", head.getLastId()).getSingleResult();
            check.finish(check.broken(firstForeign, "entry " + firstForeign + " was added outside the audit service"));
            return;
        }
        if (!head.getLastHash().equals(check.getExpectedPrevious())) {
            check.finish(check.broken(head.getLastId(),
                    "entry " + head.getLastId() + " was replaced after it was written"));
            return;
        }
        if (!check.isKeyed()) {
            check.finish(check.broken(null, "the chain has no anchor (the first keyed entry): its start was removed"
                    + " or it was rebuilt outside Harbour"));
            return;
        }
        if (!check.getAnchorId().equals(head.getAnchorId())) {
            check.finish(check.broken(check.getAnchorId(), "the head names entry " + head.getAnchorId()
                    + " as the anchor, but the chain is keyed from entry " + check.getAnchorId()));
            return;
        }
        String checkpointProblem = null;
        Long at = null;
        CheckpointFile.Contents contents = checkpoints.read(key);
        Optional<Checkpoint> lost = firstLost(contents.of(check.getAnchorHash()));
        if (lost.isPresent()) {
            Checkpoint c = lost.get();
            at = c.entryId();
            checkpointProblem = em.find(AuditEntry.class, c.entryId()) == null ? missing(c) : rewritten(c);
        } else {
            Optional<Checkpoint> replaced = contents.checkpoints().stream()
                    .filter(c -> !c.chain().equals(check.getAnchorHash()) && !c.at().isBefore(check.getAnchorAt()))
                    .min(Comparator.comparing(Checkpoint::at));
            if (replaced.isPresent()) {
                Checkpoint c = replaced.get();
                checkpointProblem = "the checkpoint of entry " + c.entryId() + " at " + c.at() + " belongs to another"
                        + " chain than the one in the database, which is anchored at entry " + check.getAnchorId()
                        + " on " + check.getAnchorAt() + ": the chain was replaced";
            } else if (!contents.problems().isEmpty()) {
                checkpointProblem = contents.problems().get(0);
            }
        }
        check.finish(checkpointProblem == null ? check.intact() : check.broken(at, checkpointProblem));
    }

    /** The checkpoint of the lowest entry that is gone from the chain or has another hash now. */
    private Optional<Checkpoint> firstLost(List<Checkpoint> ofThisChain) {
        List<Checkpoint> sorted = new ArrayList<>(ofThisChain);
        sorted.sort(Comparator.comparingLong(Checkpoint::entryId));
        for (int from = 0; from < sorted.size(); from += IDS_PER_QUERY) {
            List<Checkpoint> part = sorted.subList(from, Math.min(sorted.size(), from + IDS_PER_QUERY));
            Map<Long, String> hashes = new HashMap<>();
            for (Object[] row : em.createQuery("select e.id, e.entryHash from AuditEntry e where e.id in :ids", Object[].class)
                    .setParameter("ids", part.stream().map(Checkpoint::entryId).distinct().toList())
                    .getResultList()) {
                hashes.put((Long) row[0], (String) row[1]);
            }
            for (Checkpoint c : part) {
                if (!c.entryHash().equals(hashes.get(c.entryId()))) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private long countAfter(long id) {
        return em.createQuery("select count(e) from AuditEntry e where e.id > :after", Long.class)
                .setParameter("after", id).getSingleResult();
    }

    private static String missing(Checkpoint c) {
        return "entry " + c.entryId() + ", checkpointed at " + c.at() + ", is missing: the chain was cut back or rewritten";
    }

    private static String rewritten(Checkpoint c) {
        return "entry " + c.entryId() + " no longer has the hash checkpointed at " + c.at() + ": it was rewritten";
    }
}
