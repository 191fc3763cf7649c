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
 * module; core's own page folders need the permission {@link CorePageGuards} names. Refusals are audited.
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
        String path = request.getRequestURI().substring(request.getContextPath().length());
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
    }

    static String firstSegment(String path) {
        if (path.length() < 2 || path.charAt(0) != '/') {
            return "";
        }
        int end = path.indexOf('/', 1);
        return end < 0 ? "" : path.substring(1, end);
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
