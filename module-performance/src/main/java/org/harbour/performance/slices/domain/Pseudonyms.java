package org.harbour.performance.slices.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * A child's stable pseudonym for analysts' row-level extracts: an HMAC-SHA256 of the child's id
 * under the deployment's secret key, so the same child has the same pseudonym in every extract
 * (rows can be linked across months and measures) while the id cannot be recovered, or guessed
 * by hashing candidate ids, without the key. The key comes from configuration, never the code.
 */
public final class Pseudonyms {

    /** Fewer bytes of key than a SHA-256 block's security would make guessing practical. */
    public static final int MINIMUM_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    public Pseudonyms(String secret) {
        if (secret == null || secret.strip().length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("The pseudonymisation key must be at least " + MINIMUM_KEY_LENGTH
                    + " characters");
        }
        this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 20 hexadecimal characters (80 bits) of the child's keyed hash, prefixed so it is not taken for an id. */
    public String of(long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("person:" + personId).getBytes(StandardCharsets.UTF_8));
            return "C" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
