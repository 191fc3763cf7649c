package org.harbour.performance.scorecard.application;

import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.Window;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * One count of a window's months shared by every request that asks for it while it is under way.
 * Fifty analysts opening the scorecard together used to count the running month fifty times at once,
 * each slower for the others; now the first counts and the rest wait for its figures. A request joins
 * a count only when no case record has been added since that count began (the same records mark),
 * so no one is given figures older than the records they could see when they asked. Nothing is kept
 * once the count ends: the next request counts again.
 */
final class SharedCounts {

    private record Key(Window window, String mark) {
    }

    private final ConcurrentMap<Key, CompletableFuture<Map<String, Map<YearMonth, Figure>>>> underWay =
            new ConcurrentHashMap<>();

    Map<String, Map<YearMonth, Figure>> count(Window window, String mark,
                                              Supplier<Map<String, Map<YearMonth, Figure>>> count) {
        Key key = new Key(window, mark);
        CompletableFuture<Map<String, Map<YearMonth, Figure>>> mine = new CompletableFuture<>();
        CompletableFuture<Map<String, Map<YearMonth, Figure>>> running = underWay.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.get();
            } catch (ExecutionException failed) {
                // The count this request joined failed in its own transaction; this request counts alone.
                return count.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the figures being counted", e);
            }
        }
        try {
            Map<String, Map<YearMonth, Figure>> figures = count.get();
            mine.complete(figures);
            return figures;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            underWay.remove(key, mine);
        }
    }
}
