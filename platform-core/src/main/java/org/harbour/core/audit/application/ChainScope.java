package org.harbour.core.audit.application;

/** How much of the chain a verification reads. */
public enum ChainScope {

    /** Every entry from the first, and every checkpoint. */
    FULL("the whole chain"),
    /**
     * The anchor, the entry of this instance's latest checkpoint and everything after it, and every
     * checkpoint: cheap however long the trail, and what the scheduled check does between full ones.
     */
    SINCE_CHECKPOINT("since the last checkpoint");

    private final String description;

    ChainScope(String description) {
        this.description = description;
    }

    public String getDescription() {
        return description;
    }
}
