package org.harbour.portal.cluster;

import org.harbour.portal.it.PortalSession;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Signed-in members of staff asking for their home page over and over, counting what fails. */
final class BackgroundLoad {

    record Figures(int users, int requests, int failed, Map<String, Integer> failures, boolean allSignedIn) {
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final List<PortalSession> sessions = new ArrayList<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private int requests;

    private BackgroundLoad() {
    }

    static BackgroundLoad start(URI balancer, String password, String... usernames) throws Exception {
        BackgroundLoad load = new BackgroundLoad();
        for (String username : usernames) {
            PortalSession session = PortalSession.signIn(balancer, username, password);
            load.sessions.add(session);
            Thread thread = new Thread(() -> load.run(session), "load-" + username);
            thread.setDaemon(true);
            load.threads.add(thread);
        }
        load.threads.forEach(Thread::start);
        return load;
    }

    private void run(PortalSession session) {
        while (running.get()) {
            String outcome;
            try {
                HttpResponse<String> page = session.get("index.xhtml");
                outcome = page.statusCode() == 200 && !page.body().contains("login-form") ? null : "HTTP " + page.statusCode();
            } catch (Exception e) {
                outcome = e.getClass().getSimpleName();
            }
            synchronized (this) {
                requests++;
                if (outcome != null) {
                    failures.merge(outcome, 1, Integer::sum);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Figures stop() throws Exception {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        boolean allSignedIn = true;
        for (PortalSession session : sessions) {
            HttpResponse<String> page = session.get("index.xhtml");
            allSignedIn &= page.statusCode() == 200 && !page.body().contains("login-form");
        }
        synchronized (this) {
            int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
            return new Figures(sessions.size(), requests, failed, Map.copyOf(failures), allSignedIn);
        }
    }
}
