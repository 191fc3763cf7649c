package org.harbour.core.headers;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Puts {@link SecurityHeaders} on every response. Declared in the portal's web.xml rather than by
 * annotation, so that it runs first, before any filter that may refuse a request, and on error
 * dispatches too: the container may reset a response before it renders the error page.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Where PrimeFaces' script sends a page's nonce back with its forms. */
    private static final String NONCE_PARAMETER = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        HttpServletRequest served = request.getDispatcherType() == DispatcherType.ERROR ? withPageNonce(request) : request;
        try {
            chain.doFilter(served, SecurityHeaders.pagePolicyReplacesDefault(response));
        } catch (ServletException | RuntimeException e) {
            if (!isNonceRefusal(e) || response.isCommitted()) {
                throw e;
            }
            // A form posted back without the nonce its page gave it (PrimeFaces adds it to every form with
            // JavaScript): a forged or scripted post, answered as a bad request rather than a server error.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The form was sent without its page's security token.");
        }
    }

    /**
     * The error page rendered for a refused post back is a new page, but PrimeFaces takes the nonce of
     * the page that posted, and fails when there is none (a client without JavaScript): the error page
     * would then be replaced by a 400. As PrimeFaces itself does for a forward, it gets a nonce of its own.
     */
    private static HttpServletRequest withPageNonce(HttpServletRequest request) {
        String sent = request.getParameter(NONCE_PARAMETER);
        if ((sent != null && !sent.isBlank()) || !"POST".equalsIgnoreCase(request.getMethod())) {
            return request;
        }
        String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return NONCE_PARAMETER.equals(name) ? nonce : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return NONCE_PARAMETER.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
                parameters.put(NONCE_PARAMETER, new String[] {nonce});
                return Collections.unmodifiableMap(parameters);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(getParameterMap().keySet());
            }
        };
    }

    private static boolean isNonceRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
