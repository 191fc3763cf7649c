package org.harbour.core.audit.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.audit.infrastructure.ChainAppender;
import org.harbour.core.persistence.PortalDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's one appender: a thread that chains the pending entries in batches under one lock
 * of the head row ({@link ChainAppender}), woken as a transaction that wrote entries commits and
 * every {@value #POLL_MILLIS} ms besides (for entries another instance wrote, e.g. one that died
 * before chaining them). Request threads never wait for it, except a reader that wants the trail
 * as it stands ({@link #catchUp}).
 */
@ApplicationScoped
public class AuditAppender {

    private static final Logger LOG = Logger.getLogger(AuditAppender.class.getName());

    static final long POLL_MILLIS = 250;
    private static final int BATCH = 500;
    private static final long RETRY_MILLIS = 1000;
    /** How long a missing pending id may hold newer entries back: a commit under way takes milliseconds. */
    private static final Duration HOLE_GRACE = Duration.ofMillis(500);
    private static final long HELD_BACK_RETRY_MILLIS = 20;


    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private PortalDatabase database;

    @Inject
    private AuditKey keys;

    private final Object signal = new Object();
    /** Passes asked for, and passes that have finished: a pass drains everything committed before it began. */
    private long requested;
    private long completed;
    private volatile boolean running;
    private Thread thread;

    /** Starts the appender once the schema is ready and the chain anchored. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        DataSource dataSource = database.dataSource();
        ChainAppender appender = database.isEmbeddedDerby()
                ? ChainAppender.holdingAtHoles(keys.key(), HOLE_GRACE) : new ChainAppender(keys.key());
        running = true;
        thread = threads.newThread(() -> run(dataSource, appender));
        thread.setName("harbour-audit-appender");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** Asks for a pass soon: entries have just committed. */
    public void nudge() {
        synchronized (signal) {
            requested++;
            signal.notifyAll();
        }
    }

    /**
     * Waits until every entry committed before this call is chained: for readers of the trail (the
     * audit pages, who has viewed, verification). False when the appender is not running or did not
     * finish in time; the reader then sees the trail as chained so far.
     */
    public boolean catchUp(Duration timeout) {
        if (!running) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            long target = ++requested;
            signal.notifyAll();
            while (completed < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !running) {
                    return false;
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void run(DataSource dataSource, ChainAppender appender) {
        while (running) {
            long pass;
            synchronized (signal) {
                pass = requested;
            }
            try {
                if (drain(dataSource, appender)) {
                    // Entries wait behind a missing id: not a finished pass, so readers keep waiting for them.
                    Thread.sleep(HELD_BACK_RETRY_MILLIS);
                    continue;
                }
                synchronized (signal) {
                    completed = Math.max(completed, pass);
                    signal.notifyAll();
                    if (requested == pass && running) {
                        signal.wait(POLL_MILLIS);
                    }
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Pending audit entries could not be chained; trying again shortly (they stay"
                        + " in core_audit_pending meanwhile)", e);
                sleepQuietly();
            }
        }
    }

    /** Chains what is pending; true when entries were held back behind a missing id. */
    private static boolean drain(DataSource dataSource, ChainAppender appender) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            ChainAppender.Run run;
            do {
                run = appender.appendPending(c, BATCH);
                for (Long altered : run.alteredPendingIds()) {
                    LOG.severe(() -> "AUDIT ENTRY ALTERED BEFORE IT WAS CHAINED: pending entry " + altered
                            + " no longer matches its MAC; it is chained as " + ChainAppender.ALTERED_ACTION);
                }
            } while (run.pendingChained() == BATCH);
            return run.heldBack();
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            // Stopping: the loop checks running.
        }
    }
}
