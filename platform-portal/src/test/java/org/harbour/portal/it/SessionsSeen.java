package org.harbour.portal.it;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
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
public class SessionsSeen implements HttpSessionListener, HttpSessionIdListener {

    private static final Map<String, HttpSession> SESSIONS = new ConcurrentHashMap<>();

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

    private static int serialisedSize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
