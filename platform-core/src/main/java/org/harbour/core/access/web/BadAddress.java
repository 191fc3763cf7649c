package org.harbour.core.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.harbour.core.api.problem.Problem;

import java.io.IOException;

/**
 * The answer to an address not in normal form: 400, written directly rather than through the
 * error page, whose own address would be resolved against the odd one.
 */
final class BadAddress {

    private BadAddress() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("json") || request.getRequestURI().contains("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.getWriter().write(Problem.of(Response.Status.BAD_REQUEST, reason).toJson());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("Bad request: " + reason + ". Use the portal's own links.\n");
        }
        response.flushBuffer();
    }
}
