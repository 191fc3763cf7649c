package org.harbour.core.access.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.module.ModuleRegistry;

import java.io.IOException;

/**
 * The server-side gate for every module page, Faces action and REST endpoint: a request under
 * {@code /<module-id>/} or {@code /api/<module-id>/} passes only when the user may use that
 * module; administration pages need {@code core:administer}. Refusals are audited.
 */
@WebFilter(filterName = "HarbourModuleAccess", urlPatterns = "/*")
public class ModuleAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ADMINISTER = "core:administer";

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
        if (!api && "admin".equals(area) && !access.has(ADMINISTER)) {
            refuse(request, response, false, "page", path, "Administration needs the administrator role.");
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
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                    + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, reason);
        }
    }
}
