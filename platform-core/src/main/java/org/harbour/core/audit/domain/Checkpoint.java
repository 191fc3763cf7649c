package org.harbour.core.audit.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verified head of the audit chain, written outside the database as one signed line of text:
 * which chain (the hash of its anchor, the first keyed entry), the entry's id and hash, and when.
 * Whoever can rewrite the database cannot rewrite these lines, so a chain cut back to an earlier
 * entry, or replaced by another, no longer holds the entries its checkpoints name.
 *
 * <pre>v1 chain=&lt;anchor hash&gt; entry=&lt;id&gt; hash=&lt;entry hash&gt; at=&lt;UTC instant&gt; mac=&lt;HMAC of the text before " mac="&gt;</pre>
 */
public record Checkpoint(String chain, long entryId, String entryHash, Instant at) {

    private static final Pattern LINE = Pattern.compile(
            "(v1 chain=([0-9a-f]{64}) entry=(\\d{1,18}) hash=([0-9a-f]{64}) at=(\\S+)) mac=([0-9a-f]{64})");

    public Checkpoint {
        if (!chain.matches("[0-9a-f]{64}") || !entryHash.matches("[0-9a-f]{64}") || entryId < 1) {
            throw new IllegalArgumentException("Not a checkpoint of an audit entry");
        }
    }

    /** The line as written to the checkpoint file and the server log, without a line break. */
    public String line(ChainKey key) {
        String text = text();
        return text + " mac=" + key.signCheckpoint(text);
    }

    private String text() {
        return "v1 chain=" + chain + " entry=" + entryId + " hash=" + entryHash + " at=" + at;
    }

    /**
     * The checkpoint a line holds.
     *
     * @throws IllegalArgumentException when the line is not a checkpoint, or its signature does not
     *                                  match its text under this key (altered, or written under another key)
     */
    public static Checkpoint parse(String line, ChainKey key) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a checkpoint line");
        }
        if (!ChainKey.same(key.signCheckpoint(m.group(1)), m.group(6))) {
            throw new IllegalArgumentException("its signature does not match its text");
        }
        try {
            return new Checkpoint(m.group(2), Long.parseLong(m.group(3)), m.group(4), Instant.parse(m.group(5)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("its time is not a time");
        }
    }
}
