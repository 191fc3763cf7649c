package org.harbour.core.headers;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response headers every answer of the portal carries, pages, API, redirects and error pages
 * alike: no caching of personal data, no framing, no MIME sniffing, no referrer leaking record
 * addresses, and a Content-Security-Policy. Applied by {@link SecurityHeadersFilter} (every
 * dispatch, error dispatches included) and by the authentication mechanism, which answers some
 * requests (the redirect to the login page) before any filter runs.
 *
 * <p>The policy is the web.xml context parameter {@value #POLICY_PARAMETER}, which PrimeFaces
 * reads too: on a rendered page PrimeFaces appends that page's nonce to it, and the page's header
 * replaces the one set here (see {@link #pagePolicyReplacesDefault}).
 */
public final class SecurityHeaders {

    /** The context parameter holding the policy; it ends with script-src, to which PrimeFaces adds the nonce. */
    public static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** Used only if web.xml lost its policy: nothing may load, rather than everything. */
    private static final String LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader(CONTENT_SECURITY_POLICY, policy(request.getServletContext()));
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        // Stylesheets, scripts and icons hold no personal data and are worth caching; everything else may.
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    static String policy(ServletContext context) {
        String policy = context == null ? null : context.getInitParameter(POLICY_PARAMETER);
        return policy == null || policy.isBlank() ? LOCKED_DOWN : policy.strip();
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && path.startsWith("/jakarta.faces.resource/");
    }

    /**
     * The response a page is rendered into: a Content-Security-Policy added later (PrimeFaces adds
     * the page's own, with its nonce) replaces the default instead of joining it. Two policies
     * would both apply, and the default, which has no nonce, would block the page's scripts.
     */
    public static HttpServletResponse pagePolicyReplacesDefault(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        };
    }
}
