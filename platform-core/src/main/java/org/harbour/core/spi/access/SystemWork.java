package org.harbour.core.spi.access;

import java.util.function.Supplier;

/**
 * Work the platform does for itself rather than for a signed-in member of staff: start-up tasks,
 * demo data and scheduled jobs. Inside {@link #run} the permission guard lets service calls through
 * and the audit trail names the actor {@code system}. Only code in the application can start it;
 * nothing a client sends can, so a request never runs as the system.
 */
public final class SystemWork {

    private static final ThreadLocal<String> PURPOSE = new ThreadLocal<>();

    private SystemWork() {
    }

    /** Runs the work as the system, for the purpose given (kept for log lines). */
    public static <T> T call(String purpose, Supplier<T> work) {
        String outer = PURPOSE.get();
        PURPOSE.set(purpose);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                PURPOSE.remove();
            } else {
                PURPOSE.set(outer);
            }
        }
    }

    public static void run(String purpose, Runnable work) {
        call(purpose, () -> {
            work.run();
            return null;
        });
    }

    public static boolean isActive() {
        return PURPOSE.get() != null;
    }
}
