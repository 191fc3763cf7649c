package org.harbour.core.audit.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The deployment's audit key. Without it nobody can compute an entry's hash, so rows deleted or
 * rewritten in the database cannot be made to fit the chain again. One secret serves three uses,
 * each with its own key derived from it (HMAC of the secret over a fixed label), so a value
 * signed for one use is never valid for another.
 */
public final class ChainKey {

    /** Shortest secret accepted: 256 bits, the size of the HMAC-SHA256 output. */
    public static final int MIN_BYTES = 32;

    private static final String HMAC = "HmacSHA256";
    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");

    private final byte[] entryKey;
    private final byte[] checkpointKey;
    private final byte[] stateKey;

    private ChainKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("The audit key must be at least " + MIN_BYTES + " bytes, not "
                    + secret.length);
        }
        this.entryKey = mac(secret, "harbour audit entry v1");
        this.checkpointKey = mac(secret, "harbour audit checkpoint v1");
        this.stateKey = mac(secret, "harbour audit verification state v1");
    }

    /** A key from its text: hexadecimal digits, or base64 (standard or URL-safe alphabet). */
    public static ChainKey decode(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The audit key is empty");
        }
        String trimmed = text.strip();
        byte[] secret;
        if (HEX.matcher(trimmed).matches()) {
            secret = HexFormat.of().parseHex(trimmed);
        } else {
            try {
                secret = trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0
                        ? Base64.getUrlDecoder().decode(trimmed) : Base64.getDecoder().decode(trimmed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The audit key is neither hexadecimal nor base64");
            }
        }
        try {
            return new ChainKey(secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** A new random secret of {@link #MIN_BYTES} bytes, as base64 text. */
    public static String generate() {
        byte[] secret = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    /** Hex HMAC of an entry's canonical text. */
    public String signEntry(String canonical) {
        return HexFormat.of().formatHex(mac(entryKey, canonical));
    }

    /** Hex HMAC of a checkpoint line's text. */
    public String signCheckpoint(String text) {
        return HexFormat.of().formatHex(mac(checkpointKey, text));
    }

    /** Hex HMAC of the recorded verification state. */
    public String signState(String text) {
        return HexFormat.of().formatHex(mac(stateKey, text));
    }

    /** Compares two hex signatures in time independent of where they differ. */
    public static boolean same(String expected, String actual) {
        return expected != null && actual != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Never the key itself, wherever a key ends up printed. */
    @Override
    public String toString() {
        return "ChainKey[hidden]";
    }
}
