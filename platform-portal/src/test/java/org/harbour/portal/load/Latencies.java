package org.harbour.portal.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** The answers one address gave in one phase: how long each took, and how many were wrong. */
final class Latencies {

    private final String name;
    private final LongAdder errors = new LongAdder();
    private long[] nanos = new long[1 << 14];
    private final AtomicInteger count = new AtomicInteger();
    private volatile String firstError;
    /** How long the phase these answers came in lasted. */
    volatile double elapsedSeconds;

    Latencies(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    synchronized void record(long elapsedNanos) {
        int at = count.getAndIncrement();
        if (at == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[at] = elapsedNanos;
    }

    void error(long elapsedNanos, String what) {
        errors.increment();
        if (firstError == null) {
            firstError = what;
        }
        record(elapsedNanos);
    }

    int count() {
        return count.get();
    }

    long errors() {
        return errors.sum();
    }

    String firstError() {
        return firstError;
    }

    /** The latency under which the given share of the answers came, in milliseconds. */
    synchronized double percentileMillis(double share) {
        int n = count.get();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(share * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, index))] / 1_000_000.0;
    }
}
