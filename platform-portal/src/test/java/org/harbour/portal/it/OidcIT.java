package org.harbour.portal.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in through a council directory over OpenID Connect, against a small directory run by this
 * test (the true external boundary): discovery, a key set, an authorize endpoint that answers as if
 * the member of staff had signed in there, and a token endpoint that checks the client's secret and
 * the PKCE verifier before handing out an ID token signed with the test's own RSA key.
 */
@ExtendWith(ArquillianExtension.class)
class OidcIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String CLIENT_ID = "harbour-portal";
    /** A made-up secret shared only by this test and its own directory. */
    private static final String CLIENT_SECRET = "not-a-real-secret-" + UUID.randomUUID();
    private static final String NO_ACCOUNT = "not linked to an active Harbour account";
    private static final String FAILED = "Signing in with your council account did not work";

    private static CouncilDirectory directory;

    /** The directory starts first, so that the portal's configuration can name its address. */
    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        directory = CouncilDirectory.start();
        return PortalDeployment.portalWith().addAsResource(new StringAsset("config_ordinal=500\n"
                + "harbour.oidc.enabled=true\n"
                + "harbour.oidc.provider-uri=" + directory.issuer() + "\n"
                + "harbour.oidc.client-id=" + CLIENT_ID + "\n"
                + "harbour.oidc.client-secret=" + CLIENT_SECRET + "\n"), "META-INF/microprofile-config.properties");
    }

    @AfterAll
    static void stopDirectory() {
        if (directory != null) {
            directory.stop();
        }
    }

    @ArquillianResource
    URL portal;

    @Test
    void aDirectoryUserReachesThePageFirstAskedForWithANewSessionAndTheirHarbourRoles() throws Exception {
        PortalSession browser = PortalSession.anonymous(portal.toURI());
        HttpResponse<String> protectedPage = browser.get("work/my-work.xhtml");
        assertEquals(302, protectedPage.statusCode());
        assertTrue(location(protectedPage).contains("login.xhtml"));
        HttpResponse<String> login = browser.get("login.xhtml");
        assertTrue(login.body().contains("Sign in with your council account"), "the council button is shown");
        assertTrue(login.body().contains("id=\"password\""), "the password form stays for local accounts");

        // The directory sends back a username in its own spelling: Harbour matches it case-insensitively.
        String callback = throughDirectory(browser, "Priya.Shah", Tweak.NONE);
        String sessionBefore = browser.cookie("JSESSIONID");
        HttpResponse<String> back = browser.get(callback);
        assertEquals(302, back.statusCode(), back.body());
        assertTrue(location(back).endsWith("/work/my-work.xhtml"), location(back));
        assertNotEquals(sessionBefore, browser.cookie("JSESSIONID"), "a new session id at sign-in");

        assertEquals(200, browser.get(location(back)).statusCode());
        assertTrue(browser.get("index.xhtml").body().contains("Welcome, Priya Shah"));
        assertEquals(403, browser.get("admin/users.xhtml").statusCode(), "Harbour's roles apply, not the directory's");

        List<CSVRecord> entries = audit("user=priya.shah&action=LOGIN");
        assertTrue(entries.stream().anyMatch(r -> r.get("outcome").equals("SUCCESS") && r.get("detail").equals("oidc")),
                "the sign-in is audited as through the directory");
        assertNoTokensIn(audit("action=LOGIN"));
    }

    @Test
    void signInBegunOnTheLoginPageLandsOnTheHomePage() throws Exception {
        PortalSession browser = PortalSession.anonymous(portal.toURI());
        HttpResponse<String> back = browser.get(throughDirectory(browser, "tom.okafor", Tweak.NONE));
        assertEquals(302, back.statusCode());
        assertTrue(location(back).endsWith("/index.xhtml"), location(back));
        assertTrue(browser.get(location(back)).body().contains("Welcome, Tom Okafor"));
    }

    @Test
    void anUnknownDirectoryUserIsRefusedWithAClearMessageAndAudited() throws Exception {
        PortalSession browser = PortalSession.anonymous(portal.toURI());
        assertRefused(browser, throughDirectory(browser, "no.such.worker", Tweak.NONE), NO_ACCOUNT);
        assertTrue(audit("user=no.such.worker&action=LOGIN").stream().anyMatch(r -> r.get("outcome").equals("FAILURE")
                && r.get("detail").startsWith("oidc")), "the refusal is audited");
    }

    @Test
    void aDisabledAccountIsRefusedThoughTheDirectoryVouchesForIt() throws Exception {
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        Matcher link = Pattern.compile("user\\.xhtml\\?id=(\\d+)[^>]*>maria\\.costa</a>")
                .matcher(admin.get("admin/users.xhtml").body());
        assertTrue(link.find(), "maria.costa is listed");
        HttpResponse<String> page = admin.get("admin/user.xhtml?id=" + link.group(1));
        assertTrue(page.body().contains("Disable account"));
        HttpResponse<String> disabled = admin.post("admin/user.xhtml", Map.of("state-form", "state-form",
                "state-form:toggle-active", "", "jakarta.faces.ViewState", PortalSession.viewState(page.body())));
        assertTrue(disabled.body().contains("Disabled: cannot sign in"), disabled.body());

        PortalSession browser = PortalSession.anonymous(portal.toURI());
        assertRefused(browser, throughDirectory(browser, "maria.costa", Tweak.NONE), NO_ACCOUNT);
        assertTrue(audit("user=maria.costa&action=LOGIN").stream().anyMatch(r -> r.get("outcome").equals("DENIED")
                && r.get("detail").equals("oidc: account disabled")), "the refusal is audited");
    }

    @Test
    void aTokenWithABadSignatureTheWrongAudienceOrTheWrongNonceIsRefused() throws Exception {
        for (Tweak tweak : List.of(Tweak.FOREIGN_KEY, Tweak.WRONG_AUDIENCE, Tweak.WRONG_NONCE, Tweak.EXPIRED,
                Tweak.ALG_NONE)) {
            PortalSession browser = PortalSession.anonymous(portal.toURI());
            assertRefused(browser, throughDirectory(browser, "grace.lee", tweak), FAILED);
        }
        List<CSVRecord> failures = audit("user=anonymous&action=LOGIN&outcome=failure");
        for (String reason : List.of("signature does not verify", "meant for another client", "nonce does not match",
                "expired", "other than RS256")) {
            assertTrue(failures.stream().anyMatch(r -> r.get("detail").startsWith("oidc") && r.get("detail").contains(reason)),
                    "audited: " + reason);
        }
        assertTrue(audit("user=grace.lee&action=LOGIN").isEmpty(), "no token was believed");
    }

    @Test
    void aCallbackWithoutTheSessionsStateIsRefused() throws Exception {
        PortalSession browser = PortalSession.anonymous(portal.toURI());
        String callback = throughDirectory(browser, "helen.ward", Tweak.NONE);
        // Another browser presenting this code and state has not begun the sign-in: no session state, no sign-in.
        assertRefused(PortalSession.anonymous(portal.toURI()), callback, FAILED);
        assertRefused(browser, callback.replaceAll("state=[^&]+", "state=forged"), FAILED);
        assertRefused(browser, callback, FAILED); // the attempt is single use: the forged answer ended it
    }

    @Test
    void theDirectoryRotatingItsKeyIsFollowed() throws Exception {
        for (int signIn = 1; signIn <= 2; signIn++) {
            PortalSession browser = PortalSession.anonymous(portal.toURI());
            HttpResponse<String> back = browser.get(throughDirectory(browser, "dan.hughes", Tweak.NONE));
            assertEquals(302, back.statusCode());
            assertFalse(location(back).contains("login.xhtml"), "signed in with key " + signIn + ": " + location(back));
            directory.rotateKey();
        }
    }

    @Test
    void thePasswordFormStillWorksWhenCouncilSignInIsOn() throws Exception {
        PortalSession raj = PortalSession.signIn(portal.toURI(), "raj.patel", PASSWORD);
        assertTrue(raj.get("index.xhtml").body().contains("Welcome, Raj Patel"));
    }

    /** A portal deployed as councils receive it, with council sign-in off, beside the one under test. */
    @Test
    void withCouncilSignInOffThereIsNoButtonAndTheDirectoryAddressesLeadNowhere() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "oidc-off-");
        Path war = dir.resolve("plain.war");
        PortalDeployment.portalWith().addAsResource(new StringAsset("config_ordinal=500\n"
                        + "harbour.db.url=jdbc:derby:memory:plain;create=true\n"), "META-INF/microprofile-config.properties")
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        try (MicroProcess micro = MicroProcess.start(List.of(war), dir.resolve("payara.log"))) {
            URI plain = URI.create(micro.baseUrl() + "plain/");
            PortalSession browser = PortalSession.anonymous(plain);
            HttpResponse<String> login = browser.get("login.xhtml");
            assertEquals(200, login.statusCode());
            assertFalse(login.body().contains("council account"), "no council sign-in button");
            assertEquals(404, browser.get("oidc/login").statusCode(), "nothing starts a directory sign-in");
            HttpResponse<String> callback = browser.get("oidc/callback?code=anything&state=anything");
            assertEquals(302, callback.statusCode());
            assertTrue(location(callback).endsWith("/login.xhtml"), location(callback));
            assertEquals(302, browser.get("index.xhtml").statusCode(), "not signed in");
            assertTrue(PortalSession.signIn(plain, "priya.shah", PASSWORD).get("index.xhtml").body()
                    .contains("Welcome, Priya Shah"), "the password form works as ever");
        }
    }

    // ---- helpers ----

    /**
     * Begins the council sign-in in this browser and walks to the directory, which answers as if
     * the member of staff had signed in there; returns the directory's redirect back to the portal
     * (not yet followed).
     */
    private static String throughDirectory(PortalSession browser, String username, Tweak tweak)
            throws Exception {
        HttpResponse<String> start = browser.get("oidc/login");
        assertEquals(302, start.statusCode(), start.body());
        String authorize = location(start);
        assertTrue(authorize.startsWith(directory.issuer() + "/authorize?"), authorize);
        directory.next(username, tweak);
        HttpResponse<String> answer = browser.get(authorize);
        assertEquals(302, answer.statusCode(), answer.body());
        return location(answer);
    }

    private static void assertRefused(PortalSession browser, String callback, String message) throws Exception {
        HttpResponse<String> back = browser.get(callback);
        assertEquals(302, back.statusCode());
        assertTrue(location(back).contains("login.xhtml?oidc="), location(back));
        HttpResponse<String> page = browser.get(location(back));
        assertTrue(page.body().contains(message), () -> "expected '" + message + "' in " + page.body());
        HttpResponse<String> home = browser.get("index.xhtml");
        assertEquals(302, home.statusCode(), "not signed in");
    }

    private List<CSVRecord> audit(String query) throws Exception {
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        HttpResponse<String> response = admin.get("audit/export.csv?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
    }

    private static void assertNoTokensIn(List<CSVRecord> entries) {
        for (CSVRecord entry : entries) {
            for (String token : directory.issuedTokens()) {
                for (String part : token.split("\\.")) {
                    assertFalse(!part.isEmpty() && entry.toString().contains(part), "no token audited");
                }
            }
            for (String code : directory.issuedCodes()) {
                assertFalse(entry.toString().contains(code), "no code audited");
            }
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** What the directory does wrong in the next ID token it signs. */
    enum Tweak { NONE, FOREIGN_KEY, WRONG_AUDIENCE, WRONG_NONCE, EXPIRED, ALG_NONE }

    /** A minimal OpenID Connect provider on a loopback port, standing in for the council's directory. */
    static final class CouncilDirectory {

        private final HttpServer server;
        private final Map<String, Grant> grants = new ConcurrentHashMap<>();
        private final List<String> issuedTokens = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final KeyPair foreignKey = rsaKeys();
        private final AtomicInteger keyNumber = new AtomicInteger(1);
        private volatile KeyPair signingKey = rsaKeys();
        private volatile String nextUsername;
        private volatile Tweak nextTweak = Tweak.NONE;

        private record Grant(String username, Tweak tweak, String nonce, String challenge, String redirectUri) {
        }

        private CouncilDirectory() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/.well-known/openid-configuration", this::discovery);
            server.createContext("/jwks", this::keys);
            server.createContext("/authorize", this::authorize);
            server.createContext("/token", this::token);
        }

        static CouncilDirectory start() throws IOException {
            CouncilDirectory directory = new CouncilDirectory();
            directory.server.start();
            return directory;
        }

        void stop() {
            server.stop(0);
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void next(String username, Tweak tweak) {
            nextUsername = username;
            nextTweak = tweak;
        }

        void rotateKey() {
            signingKey = rsaKeys();
            keyNumber.incrementAndGet();
        }

        List<String> issuedTokens() {
            return List.copyOf(issuedTokens);
        }

        List<String> issuedCodes() {
            return List.copyOf(grants.keySet());
        }

        private String keyId() {
            return "council-key-" + keyNumber.get();
        }

        private void discovery(HttpExchange exchange) throws IOException {
            String issuer = issuer();
            json(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                    + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                    + "\"response_types_supported\":[\"code\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"code_challenge_methods_supported\":[\"S256\"]}");
        }

        private void keys(HttpExchange exchange) throws IOException {
            RSAPublicKey key = (RSAPublicKey) signingKey.getPublic();
            json(exchange, 200, "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId()
                    + "\",\"n\":\"" + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent())
                    + "\"}]}");
        }

        /** As if the member of staff had just signed in here: back to the portal with a code. */
        private void authorize(HttpExchange exchange) throws IOException {
            Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
            boolean valid = CLIENT_ID.equals(query.get("client_id")) && "code".equals(query.get("response_type"))
                    && "S256".equals(query.get("code_challenge_method")) && query.get("code_challenge") != null
                    && query.get("nonce") != null && query.get("state") != null
                    && query.getOrDefault("scope", "").contains("openid")
                    && query.getOrDefault("redirect_uri", "").endsWith("/oidc/callback");
            if (!valid) {
                json(exchange, 400, "{\"error\":\"invalid_request\"}");
                return;
            }
            String code = UUID.randomUUID().toString();
            grants.put(code, new Grant(nextUsername, nextTweak, query.get("nonce"), query.get("code_challenge"),
                    query.get("redirect_uri")));
            exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code
                    + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        }

        /** Checks the client's secret (client_secret_basic), the code and the PKCE verifier, then signs. */
        private void token(HttpExchange exchange) throws IOException {
            Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":"
                    + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                json(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            Grant grant = grants.get(form.getOrDefault("code", ""));
            if (grant == null || !"authorization_code".equals(form.get("grant_type"))
                    || !grant.redirectUri().equals(form.get("redirect_uri"))
                    || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
                json(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            String idToken = idToken(grant);
            issuedTokens.add(idToken);
            json(exchange, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300,\"id_token\":\"" + idToken + "\"}");
        }

        private String idToken(Grant grant) {
            long now = Instant.now().getEpochSecond();
            Tweak tweak = grant.tweak();
            String header = "{\"alg\":\"" + (tweak == Tweak.ALG_NONE ? "none" : "RS256") + "\",\"typ\":\"JWT\",\"kid\":\""
                    + keyId() + "\"}";
            String claims = "{\"iss\":\"" + issuer() + "\",\"sub\":\"" + UUID.nameUUIDFromBytes(grant.username().getBytes(StandardCharsets.UTF_8))
                    + "\",\"aud\":\"" + (tweak == Tweak.WRONG_AUDIENCE ? "another-portal" : CLIENT_ID) + "\","
                    + "\"iat\":" + (tweak == Tweak.EXPIRED ? now - 3600 : now) + ","
                    + "\"exp\":" + (tweak == Tweak.EXPIRED ? now - 1800 : now + 300) + ","
                    + "\"nonce\":\"" + (tweak == Tweak.WRONG_NONCE ? "a-nonce-from-elsewhere" : grant.nonce()) + "\","
                    + "\"preferred_username\":\"" + grant.username() + "\",\"name\":\"Directory Person\"}";
            String signed = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + base64Url(claims.getBytes(StandardCharsets.UTF_8));
            if (tweak == Tweak.ALG_NONE) {
                return signed + ".";
            }
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign((tweak == Tweak.FOREIGN_KEY ? foreignKey : signingKey).getPrivate());
                rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
                return signed + "." + base64Url(rsa.sign());
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void json(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        private static Map<String, String> parse(String encoded) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (encoded != null && !encoded.isEmpty()) {
                for (String pair : encoded.split("&")) {
                    int eq = pair.indexOf('=');
                    fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }

        private static String s256(String verifier) {
            try {
                return base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String unsigned(BigInteger value) {
            byte[] bytes = value.toByteArray();
            return base64Url(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
        }

        private static String base64Url(byte[] bytes) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        private static KeyPair rsaKeys() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

}
