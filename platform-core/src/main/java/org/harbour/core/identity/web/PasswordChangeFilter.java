package org.harbour.core.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.identity.application.AccountPasswords;

import java.io.IOException;

/**
 * Someone signed in with a password an administrator set (a new account or a reset) reaches
 * nothing but the password page until they have chosen their own.
 */
@WebFilter(filterName = "HarbourPasswordChange", urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The open addresses first: a style sheet or script never needs the session looked up.
        if (isAllowed(path(request))) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(AccountPasswords.CHANGE_REQUIRED) == null
                || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        if (path(request).startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of(Response.Status.FORBIDDEN,
                    "Choose a new password in the portal before using the API.").toJson());
            return;
        }
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isAllowed(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals("/login.xhtml") || path.equals("/error.xhtml")
                || path.startsWith("/jakarta.faces.resource/");
    }
}
