package org.harbour.core.audit.application;

import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditHash;
import org.harbour.core.audit.domain.ChainKey;
import org.harbour.core.audit.domain.HashScheme;

/**
 * What makes one entry fit the chain: it links to the entry before it, and its own hash still
 * matches under its scheme. The chain may begin with entries of the unkeyed rule (written before
 * the chain was keyed); then comes the anchor, the first keyed entry, which Harbour writes once
 * over the last unkeyed hash; every entry after the anchor is keyed.
 */
final class ChainRules {

    /** The anchor's action. Harbour writes it only when the migration keying the chain runs. */
    static final String ANCHOR_ACTION = "AUDIT_CHAIN_KEYED";

    private ChainRules() {
    }

    /**
     * Why the entry breaks the chain, or null when it fits.
     *
     * @param expectedPrevious the hash of the entry before it
     * @param keyed            whether the anchor has been passed already
     */
    static String breakIn(AuditEntry entry, String expectedPrevious, boolean keyed, ChainKey key) {
        Long id = entry.getId();
        if (!entry.getPreviousHash().equals(expectedPrevious)) {
            return "entry " + id + " does not link to the entry before it (one was altered or removed)";
        }
        HashScheme scheme = entry.getHashScheme();
        if (scheme == null) {
            return "entry " + id + " names a hash scheme Harbour never writes: it was altered outside Harbour";
        }
        if (scheme == HashScheme.SHA256 && keyed) {
            return "entry " + id + " claims the unkeyed rule after the chain was keyed: it was written or altered"
                    + " outside Harbour";
        }
        if (scheme == HashScheme.HMAC_SHA256 && !keyed && !isAnchor(entry)) {
            return "entry " + id + " is keyed but the anchor that starts the keyed chain is missing before it:"
                    + " entries were removed";
        }
        if (!AuditHash.matches(entry, key)) {
            return scheme == HashScheme.SHA256
                    ? "entry " + id + " was altered after it was written"
                    : "entry " + id + " was altered after it was written, or written without this deployment's"
                    + " audit key";
        }
        return null;
    }

    /** An entry of the anchor's shape; whether it is genuine is the keyed hash's say. */
    static boolean isAnchor(AuditEntry entry) {
        return entry.getHashScheme() == HashScheme.HMAC_SHA256 && ANCHOR_ACTION.equals(entry.getAction())
                && AuditLog.SYSTEM.equals(entry.getActor());
    }

    /** A genuine anchor: of the anchor's shape and hashed with this key. */
    static boolean isValidAnchor(AuditEntry entry, ChainKey key) {
        return isAnchor(entry) && AuditHash.matches(entry, key);
    }
}
