package org.harbour.core.returns.application;

import java.util.function.Supplier;

/**
 * Which return is being produced on this thread, so that a return's kept history is read only by
 * that return, from inside its own run: a module contributing one return must not read the files
 * of another module's (the SEN2's children, say, from the SSDA903 module).
 */
public final class ReturnRunScope {

    private static final ThreadLocal<String> RUNNING = new ThreadLocal<>();

    private ReturnRunScope() {
    }

    /** Runs the return's production with its id in scope. */
    public static <T> T during(String returnId, Supplier<T> production) {
        String outer = RUNNING.get();
        RUNNING.set(returnId);
        try {
            return production.get();
        } finally {
            if (outer == null) {
                RUNNING.remove();
            } else {
                RUNNING.set(outer);
            }
        }
    }

    /** Whether the return of this id is being produced on this thread. */
    public static boolean isRunning(String returnId) {
        return returnId != null && returnId.equals(RUNNING.get());
    }
}
