package org.harbour.core.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The council's OpenID Connect provider as seen from the portal: its discovery document, its
 * signing keys (cached, and fetched again when a token names a key not yet seen, as happens
 * after the directory rotates its keys) and its token endpoint.
 */
@ApplicationScoped
public class OidcProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private volatile Endpoints endpoints;
    private volatile Map<String, PublicKey> signingKeys = Map.of();

    /** The addresses the discovery document gives. */
    public record Endpoints(String issuer, String authorization, String token, String jwks) {
    }

    /** The provider's endpoints, from {@code <issuer>/.well-known/openid-configuration}, read once. */
    public Endpoints endpoints() throws OidcRefusal {
        Endpoints known = endpoints;
        if (known != null) {
            return known;
        }
        JsonObject doc = getJson(settings.issuer() + "/.well-known/openid-configuration", "discovery document");
        Endpoints read = new Endpoints(doc.getString("issuer", ""), doc.getString("authorization_endpoint", ""),
                doc.getString("token_endpoint", ""), doc.getString("jwks_uri", ""));
        // OpenID Connect Discovery 4.3: the document must name the issuer it was fetched from.
        if (!read.issuer().equals(settings.issuer()) && !read.issuer().equals(settings.issuer() + "/")) {
            throw new OidcRefusal("Discovery document names another issuer");
        }
        for (String endpoint : new String[]{read.authorization(), read.token(), read.jwks()}) {
            if (!OidcSettings.isSecureOrLoopback(endpoint)) {
                throw new OidcRefusal("Discovery document lacks an endpoint or gives one without https");
            }
        }
        endpoints = read;
        return read;
    }

    /** A signing key by id; an unknown id makes the key set be fetched again once. */
    public Optional<PublicKey> signingKey(String keyId) throws OidcRefusal {
        Optional<PublicKey> key = find(signingKeys, keyId);
        if (key.isEmpty()) {
            signingKeys = fetchKeys();
            key = find(signingKeys, keyId);
        }
        return key;
    }

    private static Optional<PublicKey> find(Map<String, PublicKey> keys, String keyId) {
        if (keyId == null) {
            // A token without a key id is acceptable only from a directory with a single key.
            return keys.size() == 1 ? Optional.of(keys.values().iterator().next()) : Optional.empty();
        }
        return Optional.ofNullable(keys.get(keyId));
    }

    private Map<String, PublicKey> fetchKeys() throws OidcRefusal {
        JsonObject set = getJson(endpoints().jwks(), "key set");
        Map<String, PublicKey> keys = new HashMap<>();
        int unnamed = 0;
        for (JsonValue value : set.getJsonArray("keys") == null ? java.util.List.<JsonValue>of() : set.getJsonArray("keys")) {
            if (!(value instanceof JsonObject jwk) || !"RSA".equals(jwk.getString("kty", null))
                    || !"sig".equals(jwk.getString("use", "sig"))) {
                continue;
            }
            try {
                KeyFactory factory = KeyFactory.getInstance("RSA");
                PublicKey key = factory.generatePublic(new RSAPublicKeySpec(unsigned(jwk.getString("n")),
                        unsigned(jwk.getString("e"))));
                keys.put(jwk.getString("kid", "unnamed-" + unnamed++), key);
            } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException | ClassCastException e) {
                // A malformed entry is skipped: the other keys still serve.
            }
        }
        return Map.copyOf(keys);
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }

    /**
     * Exchanges an authorization code (with its PKCE verifier) for the ID token, authenticating
     * the portal with HTTP Basic (client_secret_basic).
     */
    public String exchange(String code, String codeVerifier, String redirectUri) throws OidcRefusal {
        String credentials = form(settings.clientId()) + ":" + form(settings.clientSecret());
        Map<String, String> fields = Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "code_verifier", codeVerifier);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints().token())).timeout(TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> form(e.getKey()) + "=" + form(e.getValue())).collect(Collectors.joining("&"))))
                .build();
        JsonObject answer = send(request, "token endpoint");
        String idToken = answer.getString("id_token", null);
        if (idToken == null) {
            throw new OidcRefusal("Token endpoint returned no ID token");
        }
        return idToken;
    }

    private JsonObject getJson(String address, String what) throws OidcRefusal {
        try {
            return send(HttpRequest.newBuilder(URI.create(address)).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), what);
        } catch (IllegalArgumentException e) {
            throw new OidcRefusal("Address of the " + what + " is not valid", e);
        }
    }

    private JsonObject send(HttpRequest request, String what) throws OidcRefusal {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OidcRefusal("Directory's " + what + " unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcRefusal("Interrupted while calling the directory's " + what, e);
        }
        if (response.statusCode() != 200) {
            throw new OidcRefusal("Directory's " + what + " answered HTTP " + response.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new OidcRefusal("Directory's " + what + " did not answer with a JSON object", e);
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
