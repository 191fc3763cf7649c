package org.harbour.core.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.identity.application.SignInResult;
import org.harbour.core.identity.application.SignInService;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sign-in through the council's directory with the OpenID Connect authorization code flow,
 * for {@link PortalAuthentication}: {@code /oidc/login} sends the browser to the directory with
 * a fresh state, nonce and PKCE challenge kept in the session; {@code /oidc/callback} takes the
 * browser back, exchanges the code, checks the ID token and signs in the Harbour account of the
 * same username. The directory owns the credentials, so lockout does not apply; Harbour still
 * decides who may enter, with which roles and areas.
 */
@ApplicationScoped
public class CouncilSignIn {

    private static final Logger LOG = Logger.getLogger(CouncilSignIn.class.getName());

    /** Session attribute holding the sign-in under way. */
    static final String ATTEMPT = "harbour.oidc.attempt";

    /** How long the directory may take to send the browser back. */
    private static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);

    /** Query parameter through which the login page learns why it was shown again. */
    public static final String OUTCOME_PARAM = "oidc";
    public static final String NO_ACCOUNT = "no-account";
    public static final String FAILED = "failed";

    private static final String VIA = "oidc";

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    @Inject
    private OidcSettings settings;

    @Inject
    private OidcProvider provider;

    @Inject
    private SignInService signIn;

    @Inject
    private AuditLog audit;

    /** What the browser is to remember for one sign-in; single use. */
    record Attempt(String state, String nonce, String codeVerifier, String redirectUri, Instant startedAt)
            implements Serializable {
    }

    /** Whether this request belongs to the council sign-in, which is only so while it is switched on. */
    public boolean handles(HttpServletRequest request) {
        return settings.enabled() && (OidcSettings.START_PATH.equals(path(request))
                || OidcSettings.CALLBACK_PATH.equals(path(request)));
    }

    public AuthenticationStatus handle(HttpServletRequest request, HttpMessageContext context) {
        return OidcSettings.START_PATH.equals(path(request)) ? start(request, context) : callback(request, context);
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpMessageContext context) {
        OidcProvider.Endpoints endpoints;
        try {
            endpoints = provider.endpoints();
        } catch (OidcRefusal e) {
            return refuse(request, context, e, FAILED);
        }
        Attempt attempt = new Attempt(randomToken(), randomToken(), randomToken(), settings.redirectUri(request),
                clock.instant());
        request.getSession().setAttribute(ATTEMPT, attempt);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", attempt.redirectUri());
        query.put("scope", settings.scopes());
        query.put("state", attempt.state());
        query.put("nonce", attempt.nonce());
        query.put("code_challenge", challenge(attempt.codeVerifier()));
        query.put("code_challenge_method", "S256");
        String authorization = endpoints.authorization();
        return context.redirect(authorization + (authorization.contains("?") ? "&" : "?") + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Attempt attempt = session == null ? null : (Attempt) session.getAttribute(ATTEMPT);
        if (session != null) {
            session.removeAttribute(ATTEMPT);
        }
        String username;
        try {
            username = vouchedUsername(request, attempt);
        } catch (OidcRefusal e) {
            return refuse(request, context, e, FAILED);
        }
        SignInResult result = signIn.withExternalIdentity(username, VIA);
        if (!result.isAccepted()) {
            return context.redirect(loginPage(request, NO_ACCOUNT));
        }
        return PortalAuthentication.signedIn(request, context, result);
    }

    /** The username the directory vouches for, once the answer is shown to belong to this browser's sign-in. */
    private String vouchedUsername(HttpServletRequest request, Attempt attempt) throws OidcRefusal {
        if (attempt == null || clock.instant().isAfter(attempt.startedAt().plus(ATTEMPT_LIFETIME))) {
            throw new OidcRefusal("No council sign-in under way in this session, or it took too long");
        }
        String state = request.getParameter("state");
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                attempt.state().getBytes(StandardCharsets.UTF_8))) {
            throw new OidcRefusal("State does not match this session's sign-in");
        }
        String error = request.getParameter("error");
        if (error != null) {
            // Only the standard code, cut to a safe shape: the text comes from outside.
            String shown = error.replaceAll("[^A-Za-z0-9_]", "");
            throw new OidcRefusal("Directory refused the sign-in: " + shown.substring(0, Math.min(40, shown.length())));
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            throw new OidcRefusal("Directory sent no authorization code");
        }
        String idToken = provider.exchange(code, attempt.codeVerifier(), attempt.redirectUri());
        JsonObject claims = new IdTokenVerifier(provider.endpoints().issuer(), settings.clientId(), provider::signingKey)
                .verify(idToken, attempt.nonce(), clock.instant());
        if (!(claims.get(settings.usernameClaim()) instanceof JsonString name) || name.getString().isBlank()) {
            throw new OidcRefusal("ID token has no " + settings.usernameClaim() + " claim");
        }
        return name.getString();
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, OidcRefusal refusal,
                                        String outcome) {
        LOG.log(Level.WARNING, "Council sign-in refused: {0}", refusal.getMessage());
        audit.as(AuditLog.ANONYMOUS, "LOGIN", Outcome.FAILURE, VIA + ": " + refusal.getMessage());
        return context.redirect(loginPage(request, outcome));
    }

    private static String loginPage(HttpServletRequest request, String outcome) {
        return request.getContextPath() + "/login.xhtml?" + OUTCOME_PARAM + "=" + outcome;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** 256 random bits, base64url: as state, nonce and PKCE verifier (RFC 7636 asks 43 to 128 characters). */
    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
