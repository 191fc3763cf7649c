package org.harbour.core.audit.application;

import org.harbour.core.audit.domain.AuditHash;

import java.io.Serializable;

/**
 * A verification of the audit chain under way: where it has got to, so a long chain can be
 * checked a chunk at a time (one request each) without holding any entry in memory between chunks.
 */
public final class ChainCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long total;
    private final long startedNanos;
    private long afterId;
    private String expectedPrevious = AuditHash.GENESIS;
    private long checked;
    private ChainVerification result;
    private long elapsedMillis;

    ChainCheck(long total) {
        this.total = total;
        this.startedNanos = System.nanoTime();
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

    long getAfterId() {
        return afterId;
    }

    String getExpectedPrevious() {
        return expectedPrevious;
    }

    public long getChecked() {
        return checked;
    }

    /** Entries in the trail when the check began; appends during the check are checked too. */
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
