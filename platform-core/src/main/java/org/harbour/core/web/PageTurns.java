package org.harbour.core.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One turn-taking lock per signed-in session, for {@link OnePageAtATime}. Kept here rather than in the session, which
 * is serialised and copied to the other cluster member: a lock is of no use anywhere but in this portal's memory.
 */
@ApplicationScoped
public class PageTurns {

    private final Map<String, ReentrantLock> bySession = new ConcurrentHashMap<>();

    /** The session's lock; first come, first served, so a page asked for is not overtaken by later ones. */
    ReentrantLock of(String sessionId) {
        return bySession.computeIfAbsent(sessionId, id -> new ReentrantLock(true));
    }

    /** Sign-in gives the session a new id: the pages still waiting keep their turn under the new one. */
    void renamed(String oldId, String newId) {
        ReentrantLock lock = bySession.remove(oldId);
        if (lock != null) {
            bySession.putIfAbsent(newId, lock);
        }
    }

    void ended(String sessionId) {
        bySession.remove(sessionId);
    }
}
