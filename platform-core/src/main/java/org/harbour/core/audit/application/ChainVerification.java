package org.harbour.core.audit.application;

import java.io.Serializable;

/** Result of checking the audit chain: intact, or where the first break is. */
public final class ChainVerification implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long entriesChecked;
    private final Long firstBrokenEntryId;
    private final String problem;

    private ChainVerification(long entriesChecked, Long firstBrokenEntryId, String problem) {
        this.entriesChecked = entriesChecked;
        this.firstBrokenEntryId = firstBrokenEntryId;
        this.problem = problem;
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(checked, null, null);
    }

    static ChainVerification brokenAt(long checked, long entryId, String problem) {
        return new ChainVerification(checked, entryId, problem);
    }

    public boolean isIntact() {
        return firstBrokenEntryId == null;
    }

    /** Entries found sound before the first break (all of them when intact). */
    public long getEntriesChecked() {
        return entriesChecked;
    }

    /** Id of the first entry whose hash or link does not match, or null when intact. */
    public Long getFirstBrokenEntryId() {
        return firstBrokenEntryId;
    }

    public String getProblem() {
        return problem;
    }

    /** One line for people and for the audit detail. */
    public String getSummary() {
        return isIntact() ? "Intact, " + entriesChecked + " entries"
                : "Broken at entry " + firstBrokenEntryId + ": " + problem;
    }
}
