package org.harbour.core.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * An entry's hash over every field of it and the previous entry's hash. Each field is written with
 * its length (and null apart from empty), so no change of any field, nor moving text from one
 * field to the next, gives the same input. Entries are keyed (HMAC-SHA256 under the audit key);
 * those written before the chain was keyed carry a plain SHA-256 of the same text.
 */
public final class AuditHash {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** The hash the entry should carry under its own scheme; null when its scheme is unknown. */
    public static String expected(AuditEntry e, ChainKey key) {
        HashScheme scheme = e.getHashScheme();
        if (scheme == null) {
            return null;
        }
        return switch (scheme) {
            case SHA256 -> unkeyed(e);
            case HMAC_SHA256 -> keyed(e, key);
        };
    }

    /** Whether the entry's stored hash is the one its fields give under its scheme. */
    public static boolean matches(AuditEntry e, ChainKey key) {
        String expected = expected(e, key);
        return expected != null && ChainKey.same(expected, e.getEntryHash());
    }

    public static String keyed(AuditEntry e, ChainKey key) {
        return key.signEntry(canonical(e));
    }

    /**
     * The MAC a pending entry carries while it waits to be chained: its fields and the request it
     * belongs to, in a text no chained entry can have (the place of the previous hash says
     * "pending"), so neither MAC can stand for the other.
     */
    public static String pending(AuditEvent event, Instant occurredAt, String requestRef, ChainKey key) {
        String text = canonical("pending", occurredAt, event.actor(), event.action(), event.recordType(),
                event.recordId(), event.outcome().name(), event.sourceAddress(), event.detail());
        return key.signEntry(text + (requestRef == null ? "-;" : requestRef.length() + ":" + requestRef + ";"));
    }

    /** The rule before the chain was keyed: kept to check the entries written under it. */
    public static String unkeyed(AuditEntry e) {
        return sha256(canonical(e));
    }

    static String unkeyed(String previousHash, Instant occurredAt, String actor, String action, String recordType,
                          String recordId, String outcome, String sourceAddress, String detail) {
        return sha256(canonical(previousHash, occurredAt, actor, action, recordType, recordId, outcome,
                sourceAddress, detail));
    }

    private static String canonical(AuditEntry e) {
        return canonical(e.getPreviousHash(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                e.getRecordId(), e.getOutcome(), e.getSourceAddress(), e.getDetail());
    }

    private static String canonical(String previousHash, Instant occurredAt, String actor, String action,
                                    String recordType, String recordId, String outcome, String sourceAddress,
                                    String detail) {
        // Millisecond precision: both databases keep at least that, so a re-read entry hashes the same.
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[]{previousHash,
                Long.toString(occurredAt.truncatedTo(ChronoUnit.MILLIS).toEpochMilli()),
                actor, action, recordType, recordId, outcome, sourceAddress, detail}) {
            if (field == null) {
                canonical.append("-;");
            } else {
                canonical.append(field.length()).append(':').append(field).append(';');
            }
        }
        return canonical.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
