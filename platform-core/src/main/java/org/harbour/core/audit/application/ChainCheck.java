package org.harbour.core.audit.application;

import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditHash;

import java.io.Serializable;
import java.time.Instant;

/**
 * A verification of the audit chain under way: where it has got to, so a long chain can be
 * checked a chunk at a time (one request each) without holding any entry in memory between chunks.
 */
public final class ChainCheck implements Serializable {

    private static final long serialVersionUID = 2L;

    private final ChainScope scope;
    private final long total;
    private final long startedNanos;
    private final long startAfterId;
    private long afterId;
    private String expectedPrevious;
    private boolean keyed;
    private Long anchorId;
    private String anchorHash;
    private Instant anchorAt;
    private long checked;
    private ChainVerification result;
    private long elapsedMillis;

    private ChainCheck(ChainScope scope, long total, long afterId, String expectedPrevious) {
        this.scope = scope;
        this.total = total;
        this.startedNanos = System.nanoTime();
        this.startAfterId = afterId;
        this.afterId = afterId;
        this.expectedPrevious = expectedPrevious;
    }

    /** From the first entry. */
    static ChainCheck full(long total) {
        return new ChainCheck(ChainScope.FULL, total, 0, AuditHash.GENESIS);
    }

    /** From a checkpointed entry of the keyed chain that this anchor starts. */
    static ChainCheck since(long entryId, String entryHash, AuditEntry anchor, long total) {
        ChainCheck check = new ChainCheck(ChainScope.SINCE_CHECKPOINT, total, entryId, entryHash);
        check.anchored(anchor);
        return check;
    }

    void anchored(AuditEntry anchor) {
        keyed = true;
        anchorId = anchor.getId();
        anchorHash = anchor.getEntryHash();
        anchorAt = anchor.getOccurredAt();
    }

    void passed(long entryId, String entryHash) {
        afterId = entryId;
        expectedPrevious = entryHash;
        checked++;
    }

    void finish(ChainVerification verification) {
        result = verification;
        elapsedMillis = (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** The result so far, as broken at this entry (null when no entry of the chain is at fault). */
    ChainVerification broken(Long entryId, String problem) {
        return ChainVerification.brokenAt(scope, checked, entryId, problem);
    }

    ChainVerification intact() {
        return ChainVerification.intact(scope, checked, afterId, expectedPrevious, anchorHash);
    }

    long getAfterId() {
        return afterId;
    }

    String getExpectedPrevious() {
        return expectedPrevious;
    }

    boolean isKeyed() {
        return keyed;
    }

    Long getAnchorId() {
        return anchorId;
    }

    String getAnchorHash() {
        return anchorHash;
    }

    Instant getAnchorAt() {
        return anchorAt;
    }

    public ChainScope getScope() {
        return scope;
    }

    /** The entry the check started after: 0 for a full check, else the checkpointed entry. */
    public long getStartAfterId() {
        return startAfterId;
    }

    public long getChecked() {
        return checked;
    }

    /** Entries to check when the check began; appends during the check are checked too. */
    public long getTotal() {
        return total;
    }

    /** Whole percent done, for a progress bar. */
    public int getPercent() {
        return result != null ? 100 : total == 0 ? 0 : (int) Math.min(99, checked * 100 / total);
    }

    public boolean isDone() {
        return result != null;
    }

    /** The outcome once done, else null. */
    public ChainVerification getResult() {
        return result;
    }

    /** Wall-clock time from start to finish, in milliseconds. */
    public long getElapsedMillis() {
        return elapsedMillis;
    }
}
