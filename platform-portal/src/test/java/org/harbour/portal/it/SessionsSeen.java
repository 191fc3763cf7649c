package org.harbour.portal.it;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The portal's sessions by id, so a test can weigh one as the cluster's session store serialises it. */
@WebListener
public class SessionsSeen implements HttpSessionListener, HttpSessionIdListener, HttpSessionAttributeListener {

    private static final Map<String, HttpSession> SESSIONS = new ConcurrentHashMap<>();
    /** The attributes set in each session whose saves are counted, in order: what made the store save it. */
    private static final Map<String, java.util.List<String>> SET = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        noteSet(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        noteSet(event);
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        noteSet(event);
    }

    private static void noteSet(HttpSessionBindingEvent event) {
        java.util.List<String> names = SET.get(event.getSession().getId());
        if (names != null) {
            names.add(event.getName());
        }
    }

    /** The attributes set, replaced or removed in this session since its saves were first counted, and forgets them. */
    public static java.util.List<String> attributesSetSince(String sessionId) {
        java.util.List<String> names = SET.getOrDefault(sessionId, java.util.List.of());
        java.util.List<String> copy = java.util.List.copyOf(names);
        names.clear();
        return copy;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SESSIONS.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        SESSIONS.remove(oldSessionId);
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    /** Serialised bytes of each attribute of the session with this id, largest first. */
    public static Map<String, Integer> attributeSizes(String sessionId) throws IOException {
        HttpSession session = SESSIONS.get(sessionId);
        if (session == null) {
            throw new IllegalStateException("No session " + sessionId);
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            sizes.put(name, serialisedSize(session.getAttribute(name)));
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        sizes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * Puts a marker in the session with this id that counts each time the session store serialises the session
     * (setting it changes the session, so the next request saves it once).
     */
    public static SaveCounter countSaves(String sessionId) {
        HttpSession session = SESSIONS.get(sessionId);
        if (session == null) {
            throw new IllegalStateException("No session " + sessionId);
        }
        SaveCounter counter = new SaveCounter(sessionId);
        session.setAttribute(SaveCounter.class.getName(), counter);
        SET.put(sessionId, new java.util.concurrent.CopyOnWriteArrayList<>());
        return counter;
    }

    /** Counts the serialisations of the session it is kept in. */
    public static final class SaveCounter implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private static final Map<String, java.util.concurrent.atomic.AtomicInteger> SAVES = new ConcurrentHashMap<>();
        private final String sessionId;

        SaveCounter(String sessionId) {
            this.sessionId = sessionId;
            SAVES.put(sessionId, new java.util.concurrent.atomic.AtomicInteger());
        }

        public int saves() {
            return SAVES.get(sessionId).get();
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            SAVES.get(sessionId).incrementAndGet();
            out.defaultWriteObject();
        }
    }

    private static int serialisedSize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
