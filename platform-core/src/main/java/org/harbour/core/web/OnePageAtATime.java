package org.harbour.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Serves the pages of one session one at a time. A session keeps the view-scoped beans of its last three pages
 * (numberOfActiveViewMaps in web.xml, for small sessions), and Faces drops the oldest as soon as a newer page makes
 * its own, even while the older page is still being drawn: its bean is then made again, empty, in the middle of the
 * page (a child's record without its child, whose tabs asked for record 0). With one page of a session at a time, no
 * other page of the session makes its beans while a page is drawn, so none of its own are dropped. Style sheets and
 * scripts, the REST API and health checks are not pages and do not wait; a member of staff opening several records
 * at once waits only for their own other pages.
 */
@WebFilter(filterName = "HarbourOnePageAtATime", urlPatterns = "*.xhtml")
public class OnePageAtATime extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OnePageAtATime.class.getName());
    private static final String RESOURCES = "/jakarta.faces.resource/";
    /** Longer than any page takes; past it a page is served anyway rather than left waiting behind a stuck one. */
    static final long LONGEST_WAIT_SECONDS = 30;

    @Inject
    private PageTurns turns;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || !isPage(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        ReentrantLock turn = turns.of(session.getId());
        boolean mine = waitFor(turn, request);
        try {
            chain.doFilter(request, response);
        } finally {
            if (mine) {
                turn.unlock();
            }
        }
    }

    /** Faces serves its style sheets and scripts under the same mapping as pages; they keep no view and never wait. */
    static boolean isPage(String servletPath) {
        return servletPath != null && !servletPath.startsWith(RESOURCES);
    }

    private static boolean waitFor(ReentrantLock turn, HttpServletRequest request) throws ServletException {
        try {
            if (turn.tryLock(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
            LOG.warning(() -> "Served " + request.getServletPath() + " without waiting longer for the session's"
                    + " other page, still running after " + LONGEST_WAIT_SECONDS + " s");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for the session's other page", e);
        }
    }
}
