package org.harbour.core.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** SHA-256 over an entry's fields and the previous entry's hash. */
public final class AuditHash {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(AuditEntry e) {
        // Millisecond precision: both databases keep at least that, so a re-read entry hashes the same.
        String canonical = String.join("\u001f",
                e.getPreviousHash(),
                Long.toString(e.getOccurredAt().truncatedTo(ChronoUnit.MILLIS).toEpochMilli()),
                e.getActor(), e.getAction(), nullSafe(e.getRecordType()), nullSafe(e.getRecordId()),
                e.getOutcome(), nullSafe(e.getSourceAddress()), nullSafe(e.getDetail()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e1);
        }
    }

    private static String nullSafe(String value) {
        return value == null ? "" : value;
    }
}
