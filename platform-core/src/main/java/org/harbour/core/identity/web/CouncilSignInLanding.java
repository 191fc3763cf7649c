package org.harbour.core.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.harbour.core.identity.infrastructure.OidcSettings;

import java.io.IOException;

/**
 * Where the browser lands after the authentication mechanism has handled the directory's
 * callback without a page to return to (sign-in begun on the login page itself): the home page
 * once signed in, the login page otherwise, as when council sign-in is off.
 */
@WebServlet(name = "HarbourCouncilSignInLanding", urlPatterns = OidcSettings.CALLBACK_PATH)
public class CouncilSignInLanding extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath()
                + (request.getUserPrincipal() != null ? "/index.xhtml" : "/login.xhtml"));
    }
}
