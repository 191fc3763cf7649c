package org.harbour.core.access.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.module.ModuleRegistry;

import java.io.IOException;

/**
 * The server-side gate for every module page, Faces action and REST endpoint: a request under
 * {@code /<module-id>/} or {@code /api/<module-id>/} passes only when the user may use that
 * module; core's own page folders need the permission {@link CorePageGuards} names. The decision is
 * made on the path the container will serve; an address not in normal form is refused first
 * ({@link RequestAddress}). Refusals are audited.
 */
@WebFilter(filterName = "HarbourModuleAccess", urlPatterns = "/*")
public class ModuleAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String abnormality = RequestAddress.abnormality(RequestAddress.rawPath(request));
        if (abnormality != null) {
            refuseAddress(request, response, abnormality);
            return;
        }
        String path = RequestAddress.servedPath(request);
        boolean api = path.startsWith("/api/");
        String area = firstSegment(api ? path.substring(4) : path);
        if (registry.find(area).isPresent() && !access.canUseModule(area)) {
            refuse(request, response, api, "module", area, "The module '" + area
                    + "' is not switched on for your service area, or your role does not include it.");
            return;
        }
        String needed = api ? null : CorePageGuards.permissionFor(area).orElse(null);
        if (needed != null && !access.has(needed)) {
            refuse(request, response, false, "page", path, "This page needs the permission '" + needed
                    + "', which none of your roles has.");
            return;
        }
        chain.doFilter(request, response);
        auditUnrecordedRefusal(request, response, path);
    }

    /**
     * The safety net under every finer check: a page or endpoint that answered a signed-in user 403
     * or 404 without writing the refusal to the trail (a guessed id under the user's own child, an
     * unknown panel...) gets it written here, so every refusal is audited whatever the path to it.
     */
    private void auditUnrecordedRefusal(HttpServletRequest request, HttpServletResponse response, String path) {
        int status = response.getStatus();
        if ((status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND)
                && request.getUserPrincipal() != null && (path.endsWith(".xhtml") || path.startsWith("/api/"))
                && !audit.refusalRecorded()) {
            audit.denied("ACCESS", "address", request.getRequestURI(),
                    request.getMethod() + " " + request.getRequestURI() + " answered " + status);
        }
    }

    static String firstSegment(String path) {
        if (path.length() < 2 || path.charAt(0) != '/') {
            return "";
        }
        int end = path.indexOf('/', 1);
        return end < 0 ? "" : path.substring(1, end);
    }

    private void refuseAddress(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        audit.denied("ACCESS", "address", request.getRequestURI(), request.getMethod() + " " + request.getRequestURI()
                + ": " + reason);
        BadAddress.answer(request, response, reason);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, String recordType,
                        String recordId, String reason) throws IOException {
        audit.denied("ACCESS", recordType, recordId, request.getMethod() + " " + request.getRequestURI());
        if (api) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of(Response.Status.FORBIDDEN, reason).toJson());
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, reason);
        }
    }
}
