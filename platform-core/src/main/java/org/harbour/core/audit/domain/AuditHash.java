package org.harbour.core.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * SHA-256 over every field of an entry and the previous entry's hash. Each field is written with
 * its length (and null apart from empty), so no change of any field, nor moving text from one
 * field to the next, gives the same input.
 */
public final class AuditHash {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(AuditEntry e) {
        return of(e.getPreviousHash(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                e.getRecordId(), e.getOutcome(), e.getSourceAddress(), e.getDetail());
    }

    static String of(String previousHash, Instant occurredAt, String actor, String action, String recordType,
                     String recordId, String outcome, String sourceAddress, String detail) {
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e1);
        }
    }
}
