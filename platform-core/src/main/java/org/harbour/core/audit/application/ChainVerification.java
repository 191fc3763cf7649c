package org.harbour.core.audit.application;

import java.io.Serializable;

/** Result of checking the audit chain: intact, or what the first break is and, when an entry is at fault, where. */
public final class ChainVerification implements Serializable {

    private static final long serialVersionUID = 2L;

    private final ChainScope scope;
    private final long entriesChecked;
    private final Long firstBrokenEntryId;
    private final String problem;
    private final long lastEntryId;
    private final String lastEntryHash;
    private final String anchorHash;

    private ChainVerification(ChainScope scope, long entriesChecked, Long firstBrokenEntryId, String problem,
                              long lastEntryId, String lastEntryHash, String anchorHash) {
        this.scope = scope;
        this.entriesChecked = entriesChecked;
        this.firstBrokenEntryId = firstBrokenEntryId;
        this.problem = problem;
        this.lastEntryId = lastEntryId;
        this.lastEntryHash = lastEntryHash;
        this.anchorHash = anchorHash;
    }

    static ChainVerification intact(ChainScope scope, long checked, long lastEntryId, String lastEntryHash,
                                    String anchorHash) {
        return new ChainVerification(scope, checked, null, null, lastEntryId, lastEntryHash, anchorHash);
    }

    static ChainVerification brokenAt(ChainScope scope, long checked, Long entryId, String problem) {
        return new ChainVerification(scope, checked, entryId, problem, 0, null, null);
    }

    public boolean isIntact() {
        return problem == null;
    }

    public ChainScope getScope() {
        return scope;
    }

    /** Entries found sound before the first break (all of those read when intact). */
    public long getEntriesChecked() {
        return entriesChecked;
    }

    /** Id of the first entry whose hash or link does not match, or that a checkpoint misses; null when intact or when the fault is not one entry's. */
    public Long getFirstBrokenEntryId() {
        return firstBrokenEntryId;
    }

    public String getProblem() {
        return problem;
    }

    /** The newest entry verified, when intact: what a checkpoint records. */
    long getLastEntryId() {
        return lastEntryId;
    }

    String getLastEntryHash() {
        return lastEntryHash;
    }

    /** The hash of the anchor of the chain verified, when intact. */
    String getAnchorHash() {
        return anchorHash;
    }

    /** One line for people and for the audit detail. */
    public String getSummary() {
        if (isIntact()) {
            return "Intact, " + entriesChecked + " entries" + (scope == ChainScope.SINCE_CHECKPOINT
                    ? " since the last checkpoint" : "");
        }
        return firstBrokenEntryId == null ? "Broken: " + problem
                : "Broken at entry " + firstBrokenEntryId + ": " + problem;
    }
}
