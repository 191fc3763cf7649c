package org.harbour.core.audit.application;

import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditHash;

/** What makes one entry fit the chain: it links to the entry before it and its own hash still matches. */
final class ChainRules {

    private ChainRules() {
    }

    /** Why the entry breaks the chain, or null when it fits. */
    static String breakIn(AuditEntry entry, String expectedPrevious) {
        if (!entry.getPreviousHash().equals(expectedPrevious)) {
            return "entry " + entry.getId() + " does not link to the entry before it (one was altered or removed)";
        }
        if (!AuditHash.of(entry).equals(entry.getEntryHash())) {
            return "entry " + entry.getId() + " was altered after it was written";
        }
        return null;
    }
}
