package org.harbour.core.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks an ID token as OpenID Connect Core 3.1.3.7 asks: an RS256 signature by one of the
 * provider's keys, the issuer, this portal among the audiences, not expired nor issued in the
 * future, and the nonce this sign-in sent. Only RS256 is accepted, so a token cannot choose
 * "none" or an HMAC keyed with a public key.
 */
public final class IdTokenVerifier {

    /** Clocks of the portal and the directory may differ by this much. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** Finds the provider's signing key by key id (null when the token names none). */
    @FunctionalInterface
    public interface KeyResolver {
        Optional<PublicKey> key(String keyId) throws OidcRefusal;
    }

    private final String issuer;
    private final String clientId;
    private final KeyResolver keys;

    public IdTokenVerifier(String issuer, String clientId, KeyResolver keys) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.keys = keys;
    }

    /** The token's claims once every check has passed. */
    public JsonObject verify(String token, String expectedNonce, Instant now) throws OidcRefusal {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new OidcRefusal("ID token is not a signed JWT");
        }
        JsonObject header = json(parts[0], "header");
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new OidcRefusal("ID token signed with an algorithm other than RS256");
        }
        String keyId = header.getString("kid", null);
        PublicKey key = keys.key(keyId)
                .orElseThrow(() -> new OidcRefusal("ID token signed with a key the directory does not publish"));
        if (!signatureMatches(key, parts)) {
            throw new OidcRefusal("ID token signature does not verify");
        }
        JsonObject claims = json(parts[1], "claims");
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new OidcRefusal("ID token from another issuer");
        }
        checkAudience(claims);
        Instant expires = instant(claims, "exp");
        Instant issued = instant(claims, "iat");
        if (!now.isBefore(expires.plus(CLOCK_SKEW))) {
            throw new OidcRefusal("ID token expired");
        }
        if (issued.isAfter(now.plus(CLOCK_SKEW))) {
            throw new OidcRefusal("ID token issued in the future");
        }
        String nonce = claims.getString("nonce", null);
        if (nonce == null || !MessageDigest.isEqual(nonce.getBytes(StandardCharsets.UTF_8),
                expectedNonce.getBytes(StandardCharsets.UTF_8))) {
            throw new OidcRefusal("ID token nonce does not match this sign-in");
        }
        return claims;
    }

    private void checkAudience(JsonObject claims) throws OidcRefusal {
        JsonValue aud = claims.get("aud");
        boolean ours;
        boolean several = false;
        if (aud instanceof JsonString single) {
            ours = clientId.equals(single.getString());
        } else if (aud instanceof JsonArray list) {
            ours = list.stream().anyMatch(v -> v instanceof JsonString s && clientId.equals(s.getString()));
            several = list.size() > 1;
        } else {
            ours = false;
        }
        if (!ours) {
            throw new OidcRefusal("ID token meant for another client");
        }
        String authorisedParty = claims.getString("azp", null);
        if ((several || authorisedParty != null) && !clientId.equals(authorisedParty)) {
            throw new OidcRefusal("ID token authorised for another client");
        }
    }

    private static boolean signatureMatches(PublicKey key, String[] parts) throws OidcRefusal {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new OidcRefusal("ID token signature cannot be checked", e);
        }
    }

    private static Instant instant(JsonObject claims, String name) throws OidcRefusal {
        if (!(claims.get(name) instanceof JsonNumber seconds)) {
            throw new OidcRefusal("ID token has no " + name);
        }
        return Instant.ofEpochSecond(seconds.longValue());
    }

    private static JsonObject json(String part, String what) throws OidcRefusal {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw new OidcRefusal("ID token " + what + " is not readable JSON", e);
        }
    }
}
