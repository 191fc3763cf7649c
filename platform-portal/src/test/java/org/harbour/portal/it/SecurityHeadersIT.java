package org.harbour.portal.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headers, cookies and checks of the portal's outer shell: the session cookie's SameSite, the
 * security headers and Content-Security-Policy on pages, redirects, error pages and the API, the
 * cross-site request check on REST writes, and health details for administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final Pattern PAGE_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(SecurityHeadersIT.class, PortalSession.class, SwitchableReadiness.class);
    }

    @Inject
    AuditTrail trail;

    @ArquillianResource
    URL portal;

    @Test
    void theSessionCookiesCarrySameSiteLax() throws Exception {
        // The session cookie and the replicated session's version cookie, as set from the first page to after sign-in.
        PortalSession session = PortalSession.anonymous(portal.toURI());
        List<String> cookies = new java.util.ArrayList<>(session.get("login.xhtml").headers().allValues("Set-Cookie"));
        HttpResponse<String> signedIn = session.submitLogin("priya.shah", PASSWORD);
        assertEquals(302, signedIn.statusCode());
        cookies.addAll(signedIn.headers().allValues("Set-Cookie"));
        cookies.addAll(session.get("index.xhtml").headers().allValues("Set-Cookie"));
        // JSESSIONIDVERSION comes with replicated sessions only, which the test deployment is not: Arquillian's
        // own web fragment does not say <distributable/>. ContentSecurityPolicyBrowserIT sees it on the real portal.
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), "no session cookie: " + cookies);
        for (String name : List.of("JSESSIONID", "JSESSIONIDVERSION")) {
            for (String cookie : cookies.stream().filter(c -> c.startsWith(name + "=")).toList()) {
                assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
                assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
                // Payara may repeat the attribute on a cookie it re-issues; every copy must say Lax.
                assertTrue(java.util.Arrays.stream(cookie.split(";")).map(String::strip)
                        .filter(a -> a.toLowerCase().startsWith("samesite"))
                        .allMatch(a -> a.equalsIgnoreCase("SameSite=Lax")), "only SameSite=Lax: " + cookie);
            }
        }
    }

    @Test
    void aPageCarriesTheHeadersAndAPolicyWithItsOwnNonce() throws Exception {
        HttpResponse<String> page = PortalSession.anonymous(portal.toURI()).get("login.xhtml");
        assertEquals(200, page.statusCode());
        String policy = assertSecurityHeaders("login page", page);
        Matcher nonce = PAGE_NONCE.matcher(page.body());
        assertTrue(nonce.find(), "PrimeFaces runs in CSP mode");
        assertTrue(policy.contains("script-src 'self' 'nonce-" + nonce.group(1) + "'"), policy);
        assertFalse(page.body().contains(" onclick=\""), "no inline event handler left in the page");

        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        HttpResponse<String> home = priya.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(assertSecurityHeaders("home page", home).contains("'nonce-"));
        assertFalse(home.body().contains(" onclick=\""), "no inline event handler left in the page");
    }

    @Test
    void redirectsErrorPagesAndTheApiCarryTheHeadersToo() throws Exception {
        PortalSession anonymous = PortalSession.anonymous(portal.toURI());
        HttpResponse<String> toLogin = anonymous.get("index.xhtml");
        assertEquals(302, toLogin.statusCode());
        assertTrue(toLogin.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertSecurityHeaders("redirect to the login page", toLogin);

        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        HttpResponse<String> missing = priya.get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertSecurityHeaders("404 page", missing);

        HttpResponse<String> refused = priya.get("admin/users.xhtml");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("You do not have access to this page"), refused.body());
        assertSecurityHeaders("403 error page", refused);

        HttpResponse<String> notFound = priya.get("api/persons/987654321");
        assertEquals(404, notFound.statusCode());
        assertSecurityHeaders("API problem", notFound);

        HttpResponse<String> health = anonymous.get("health");
        assertSecurityHeaders("health", health);
    }

    @Test
    void aFormPostedWithoutItsPagesNonceIsABadRequestNotAServerError() throws Exception {
        PortalSession anonymous = PortalSession.anonymous(portal.toURI());
        HttpResponse<String> form = anonymous.get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login-form", "login-form");
        fields.put("username", "nobody.at.all");
        fields.put("password", "not-the-password");
        fields.put("sign-in", "Sign in");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(form.body()));
        fields.put(PortalSession.NONCE_FIELD, "");
        HttpResponse<String> posted = anonymous.post("login.xhtml", fields);
        assertEquals(400, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("The request could not be understood"), posted.body());
        assertSecurityHeaders("400 error page", posted);
    }

    @Test
    void aPostRefusedByTheAccessFilterShowsTheErrorPageWithItsOwnNonce() throws Exception {
        // A client without JavaScript sends no nonce; the error page is a new page and gets one of its own.
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        String viewState = PortalSession.viewState(priya.get("index.xhtml").body());
        HttpResponse<String> refused = priya.post("admin/users.xhtml", Map.of("logout-form", "logout-form",
                "jakarta.faces.ViewState", viewState, PortalSession.NONCE_FIELD, ""));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("You do not have access to this page"), refused.body());
        Matcher nonce = PAGE_NONCE.matcher(refused.body());
        assertTrue(nonce.find(), refused.body());
        assertTrue(assertSecurityHeaders("403 error page of a post", refused).contains("'nonce-" + nonce.group(1) + "'"));
    }

    @Test
    void restWritesNeedTheCustomHeaderOrThePortalsOwnOrigin() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        String origin = portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort();

        // Without the header: refused before the API reads anything, as problem details, and audited.
        String probe = "api/persons/csrf-" + UUID.randomUUID();
        HttpResponse<String> bare = priya.sendRaw("POST", probe, person(), "Content-Type", "application/json");
        assertRefused(bare, "X-Requested-By");
        assertAudited("/" + probe, "POST");
        String deleteProbe = "api/persons/csrf-" + UUID.randomUUID();
        assertRefused(priya.sendRaw("DELETE", deleteProbe, ""), "X-Requested-By");
        assertAudited("/" + deleteProbe, "DELETE");
        assertRefused(priya.sendRaw("PUT", "api/persons/1", person(), "Content-Type", "application/json",
                "X-Requested-By", "someone-else"), "X-Requested-By");

        // Another site's Origin: refused even with the header.
        String foreign = "api/persons/csrf-" + UUID.randomUUID();
        HttpResponse<String> crossSite = priya.sendRaw("POST", foreign, person(), "Content-Type", "application/json",
                "X-Requested-By", "harbour", "Origin", "https://attacker.example");
        assertRefused(crossSite, "another site");
        assertAudited("/" + foreign, "attacker.example");
        assertRefused(priya.sendRaw("POST", "api/persons", person(), "Content-Type", "application/json",
                "Origin", "null"), "another site");

        // The header, or the portal's own origin, lets the write through to the API.
        HttpResponse<String> withHeader = priya.sendRaw("POST", "api/persons?confirmDuplicate=true", person(),
                "Content-Type", "application/json", "X-Requested-By", "harbour");
        assertEquals(201, withHeader.statusCode(), withHeader.body());
        HttpResponse<String> sameOrigin = priya.sendRaw("POST", "api/persons?confirmDuplicate=true", person(),
                "Content-Type", "application/json", "Origin", origin);
        assertEquals(201, sameOrigin.statusCode(), sameOrigin.body());
        // Reads need neither.
        assertEquals(200, priya.sendRaw("GET", "api/modules", "").statusCode());
    }

    @Test
    void healthShowsItsDetailsToSignedInAdministratorsOnly() throws Exception {
        PortalSession anonymous = PortalSession.anonymous(portal.toURI());
        for (String path : List.of("health", "health/live", "health/ready", "health/started")) {
            HttpResponse<String> status = anonymous.get(path);
            assertEquals(200, status.statusCode(), path + ": " + status.body());
            assertEquals("{\"status\":\"UP\"}", status.body(), path);
            assertTrue(status.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
        assertEquals(404, anonymous.get("health/other").statusCode());

        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        assertEquals("{\"status\":\"UP\"}", priya.get("health").body(), "staff without core:administer see no details");

        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        JsonObject ready = object(admin.get("health/ready").body());
        assertEquals("UP", ready.getString("status"));
        JsonObject database = ready.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("complete", database.getJsonObject("data").getString("migrations"));
        assertTrue(database.getJsonObject("data").containsKey("schema.core"), database.toString());
        JsonObject all = object(admin.get("health").body());
        assertTrue(all.getJsonArray("checks").stream().anyMatch(c -> c.asJsonObject().getString("name").equals("portal")),
                "liveness checks are in /health too: " + all);
    }

    @Test
    void readinessAnswers503WhileACheckIsDownAnd200Again() throws Exception {
        PortalSession anonymous = PortalSession.anonymous(portal.toURI());
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        SwitchableReadiness.DOWN.set(true);
        try {
            HttpResponse<String> notReady = anonymous.get("health/ready");
            assertEquals(503, notReady.statusCode(), notReady.body());
            assertEquals("{\"status\":\"DOWN\"}", notReady.body());
            assertEquals(503, anonymous.get("health").statusCode());
            assertEquals(200, anonymous.get("health/live").statusCode(), "readiness does not touch liveness");
            assertTrue(admin.get("health/ready").body().contains("\"name\":\"it-switch\",\"status\":\"DOWN\""));
        } finally {
            SwitchableReadiness.DOWN.set(false);
        }
        assertEquals(200, anonymous.get("health/ready").statusCode());
    }

    /** Every header the portal sends with every response; returns the Content-Security-Policy. */
    private static String assertSecurityHeaders(String what, HttpResponse<String> response) {
        Map<String, List<String>> headers = response.headers().map();
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), what);
        assertEquals("DENY", header(response, "X-Frame-Options"), what);
        assertEquals("no-referrer", header(response, "Referrer-Policy"), what);
        assertEquals("no-store", header(response, "Cache-Control"), what);
        assertNotEquals("", header(response, "Permissions-Policy"), what);
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": one policy, not two that would both apply: " + headers);
        String policy = policies.get(0);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'", "form-action 'self'", "script-src 'self'")) {
            assertTrue(policy.contains(directive), what + " lacks " + directive + ": " + policy);
        }
        assertFalse(policy.contains("unsafe-eval"), what + ": " + policy);
        assertFalse(policy.replace("style-src-attr 'unsafe-inline'", "").contains("unsafe-inline"), what + ": " + policy);
        return policy;
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("application/problem+json", header(response, "Content-Type").replace(";charset=UTF-8", ""));
        JsonObject problem = object(response.body());
        assertEquals(403, problem.getInt("status"));
        assertTrue(problem.getString("type").endsWith("/cross-site-request"), response.body());
        assertTrue(problem.getString("detail").contains(reason), response.body());
    }

    private void assertAudited(String path, String detail) {
        List<AuditEntry> entries = trail.forRecord("api", "/" + path.replaceFirst("^/", ""), 5);
        assertEquals(1, entries.size(), "one refusal recorded for " + path);
        AuditEntry entry = entries.get(0);
        assertEquals("DENIED", entry.getOutcome());
        assertEquals("priya.shah", entry.getActor());
        assertTrue(entry.getDetail().contains(detail), entry.getDetail());
    }

    private static String person() {
        return "{\"givenName\":\"Rowan\",\"familyName\":\"Csrf" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"dateOfBirth\":\"2016-04-03\",\"sex\":\"F\",\"kind\":\"CHILD\"}";
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** A readiness check a test can take down, to see the endpoint answer 503. */
    @Readiness
    @ApplicationScoped
    public static class SwitchableReadiness implements HealthCheck {

        static final AtomicBoolean DOWN = new AtomicBoolean();

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("it-switch").status(!DOWN.get()).build();
        }
    }
}
