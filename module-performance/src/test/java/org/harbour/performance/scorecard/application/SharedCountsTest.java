package org.harbour.performance.scorecard.application;

import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SharedCountsTest {

    private static final Window NOVEMBER = new Window(YearMonth.of(2026, 11), YearMonth.of(2026, 11));

    private final SharedCounts shared = new SharedCounts();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @Test
    void requestsAskingWhileACountIsUnderWayShareIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger counts = new AtomicInteger();
        Map<String, Map<YearMonth, Figure>> figures = Map.of("visits", Map.of());
        Future<Map<String, Map<YearMonth, Figure>>> first = pool.submit(() -> shared.count(NOVEMBER, "7:3", () -> {
            counts.incrementAndGet();
            started.countDown();
            await(release);
            return figures;
        }));
        started.await(5, TimeUnit.SECONDS);
        AtomicReference<Thread> asker = new AtomicReference<>();
        Future<Map<String, Map<YearMonth, Figure>>> second = pool.submit(() -> {
            asker.set(Thread.currentThread());
            return shared.count(NOVEMBER, "7:3", () -> {
                counts.incrementAndGet();
                return Map.of();
            });
        });
        untilParked(asker);
        release.countDown();
        assertSame(figures, first.get(5, TimeUnit.SECONDS));
        assertSame(figures, second.get(5, TimeUnit.SECONDS), "the second waited for the first's figures");
        assertEquals(1, counts.get());
    }

    @Test
    void aRecordAddedSinceTheCountBeganMeansCountingAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Map<String, Map<YearMonth, Figure>>> first = pool.submit(() -> shared.count(NOVEMBER, "7:3", () -> {
            started.countDown();
            await(release);
            return Map.of("visits", Map.of());
        }));
        started.await(5, TimeUnit.SECONDS);
        Map<String, Map<YearMonth, Figure>> newer = Map.of("supervision", Map.of());
        assertSame(newer, shared.count(NOVEMBER, "8:3", () -> newer), "a new mark does not wait for the old count");
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aCountEndedIsNotKept() {
        AtomicInteger counts = new AtomicInteger();
        shared.count(NOVEMBER, "7:3", () -> Map.of("n", Map.of(YearMonth.of(2026, 11),
                new Figure(counts.incrementAndGet(), null, null, null))));
        shared.count(NOVEMBER, "7:3", () -> Map.of("n", Map.of(YearMonth.of(2026, 11),
                new Figure(counts.incrementAndGet(), null, null, null))));
        assertEquals(2, counts.get());
    }

    @Test
    void aWaitingRequestCountsItselfWhenTheCountItJoinedFails() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> failing = pool.submit(() -> shared.count(NOVEMBER, "7:3", () -> {
            started.countDown();
            await(release);
            throw new IllegalStateException("lock timeout");
        }));
        started.await(5, TimeUnit.SECONDS);
        Map<String, Map<YearMonth, Figure>> own = Map.of("own", Map.of());
        AtomicReference<Thread> asker = new AtomicReference<>();
        Future<Map<String, Map<YearMonth, Figure>>> waiting = pool.submit(() -> {
            asker.set(Thread.currentThread());
            return shared.count(NOVEMBER, "7:3", () -> own);
        });
        untilParked(asker);
        release.countDown();
        assertThrows(Exception.class, () -> failing.get(5, TimeUnit.SECONDS));
        assertSame(own, waiting.get(5, TimeUnit.SECONDS));
    }

    /** Until the second request is parked, waiting on the first's count. */
    private static void untilParked(AtomicReference<Thread> asker) throws InterruptedException {
        for (int i = 0; i < 500 && (asker.get() == null || asker.get().getState() != Thread.State.WAITING); i++) {
            Thread.sleep(10);
        }
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
