package org.harbour.core.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The {@code harbour.oidc.*} settings: sign-in through the council's OpenID Connect directory.
 * Switched on but incompletely set, it stays off and says why in the log, so that a typing
 * mistake never opens a way in.
 */
@ApplicationScoped
public class OidcSettings {

    private static final Logger LOG = Logger.getLogger(OidcSettings.class.getName());

    public static final String CALLBACK_PATH = "/oidc/callback";
    public static final String START_PATH = "/oidc/login";

    private boolean enabled;
    private String issuer;
    private String clientId;
    private String clientSecret;
    private String usernameClaim;
    private String scopes;
    private String redirectUri;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig(OidcSettings.class.getClassLoader());
        boolean wanted = config.getOptionalValue("harbour.oidc.enabled", Boolean.class).orElse(false);
        issuer = text(config, "harbour.oidc.provider-uri").map(OidcSettings::withoutTrailingSlash).orElse(null);
        clientId = text(config, "harbour.oidc.client-id").orElse(null);
        clientSecret = text(config, "harbour.oidc.client-secret").orElse(null);
        usernameClaim = text(config, "harbour.oidc.username-claim").orElse("preferred_username");
        scopes = text(config, "harbour.oidc.scopes").orElse("openid profile email");
        redirectUri = text(config, "harbour.oidc.redirect-uri").orElse(null);
        if (!scopes.matches("(^|.*\\s)openid(\\s.*|$)")) {
            scopes = "openid " + scopes;
        }
        List<String> missing = wanted ? problems() : List.of();
        if (!missing.isEmpty()) {
            LOG.severe("Sign-in with the council directory stays off: " + String.join("; ", missing) + ".");
        }
        enabled = wanted && missing.isEmpty();
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (issuer == null) {
            problems.add("harbour.oidc.provider-uri is not set");
        } else if (!isSecureOrLoopback(issuer)) {
            problems.add("harbour.oidc.provider-uri must be an https address");
        }
        if (clientId == null) {
            problems.add("harbour.oidc.client-id is not set");
        }
        if (clientSecret == null) {
            problems.add("harbour.oidc.client-secret is not set (give it as the HARBOUR_OIDC_CLIENT_SECRET environment variable)");
        }
        return problems;
    }

    /** Plain http only to this machine, as for a directory under test; tokens never cross a network unencrypted. */
    static boolean isSecureOrLoopback(String address) {
        try {
            URI uri = URI.create(address);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return "https".equalsIgnoreCase(uri.getScheme()) || ("http".equalsIgnoreCase(uri.getScheme())
                    && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The provider's issuer identifier, without a trailing slash. */
    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    public String usernameClaim() {
        return usernameClaim;
    }

    public String scopes() {
        return scopes;
    }

    /** Where the directory sends the browser back: the configured address, or this portal's callback as reached. */
    public String redirectUri(HttpServletRequest request) {
        if (redirectUri != null) {
            return redirectUri;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + CALLBACK_PATH;
    }
}
