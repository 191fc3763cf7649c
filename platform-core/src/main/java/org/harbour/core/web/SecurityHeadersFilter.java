package org.harbour.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every response. Declared in the portal's web.xml rather than by
 * annotation, so that it runs first, before any filter that may refuse a request, and on error
 * dispatches too: the container may reset a response before it renders the error page.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        try {
            chain.doFilter(request, SecurityHeaders.pagePolicyReplacesDefault(response));
        } catch (ServletException | RuntimeException e) {
            if (!isNonceRefusal(e) || response.isCommitted()) {
                throw e;
            }
            // A form posted back without the nonce its page gave it (PrimeFaces adds it to every form with
            // JavaScript): a forged or scripted post, answered as a bad request rather than a server error.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The form was sent without its page's security token.");
        }
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
