package org.harbour.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.audit.application.AuditLog;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-site request forgery defence for the REST API. The session cookie signs a browser's
 * requests in whichever site made them, so every write (any method but GET, HEAD and OPTIONS)
 * must show it comes from the portal or from a program: the header
 * {@code X-Requested-By: harbour}, which a page on another site cannot add without the portal's
 * consent (a cross-origin request with a custom header needs a CORS preflight the portal never
 * grants), or an {@code Origin} equal to the portal's own. An {@code Origin} of any other site
 * is refused even with the header. Refusals answer 403 problem details and are audited.
 */
@WebFilter(filterName = "HarbourApiWriteOrigin", urlPatterns = "/api/*")
public class ApiWriteOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Requested-By";
    public static final String HEADER_VALUE = "harbour";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private AuditLog audit;

    /** The load balancers in front, whose X-Forwarded-Proto tells the scheme the browser used. */
    @Inject
    @ConfigProperty(name = "harbour.audit.trusted-proxies")
    private Optional<String> trustedProxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        String refusal = null;
        if (origin != null) {
            if (!sameOrigin(origin, scheme(request), host(request))) {
                refusal = "The request comes from another site (Origin " + shorten(origin) + ").";
            }
        } else if (!HEADER_VALUE.equalsIgnoreCase(request.getHeader(HEADER))) {
            refusal = "A request that changes data must carry the header '" + HEADER + ": " + HEADER_VALUE
                    + "' (or come from the portal's own pages).";
        }
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        audit.denied("ACCESS", "api", path, request.getMethod() + " " + request.getRequestURI() + ": " + refusal);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.typed(Response.Status.FORBIDDEN, "cross-site-request",
                "Cross-site request refused", refusal).toJson());
    }

    /** The scheme the browser used: a trusted load balancer may have ended TLS and said so. */
    private String scheme(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        if (forwarded != null && trusted().contains(request.getRemoteAddr())) {
            String scheme = forwarded.split(",")[0].trim().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                return scheme;
            }
        }
        return request.getScheme();
    }

    private static String host(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null || host.isBlank() ? request.getServerName() + ":" + request.getServerPort() : host.trim();
    }

    private Set<String> trusted() {
        return Arrays.stream(trustedProxies.orElse("").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether an Origin header names the site the request was addressed to ({@code host} as in the Host header). */
    static boolean sameOrigin(String origin, String scheme, String host) {
        try {
            URI claimed = new URI(origin.trim());
            URI own = new URI(scheme + "://" + host);
            return claimed.getScheme() != null && claimed.getHost() != null
                    && (claimed.getRawPath() == null || claimed.getRawPath().isEmpty())
                    && claimed.getRawQuery() == null && claimed.getRawUserInfo() == null
                    && claimed.getScheme().equalsIgnoreCase(own.getScheme())
                    && claimed.getHost().equalsIgnoreCase(own.getHost())
                    && port(claimed) == port(own);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static String shorten(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "..." : value;
    }
}
