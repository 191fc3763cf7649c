package org.harbour.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps {@link PageTurns} to the sessions that exist: moved when sign-in renames a session, gone when it ends. */
@WebListener
public class PageTurnsEnded implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    private PageTurns turns;

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        turns.renamed(oldSessionId, event.getSession().getId());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        turns.ended(event.getSession().getId());
    }
}
