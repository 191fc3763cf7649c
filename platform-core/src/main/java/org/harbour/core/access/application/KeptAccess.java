package org.harbour.core.access.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What each signed-in member of staff may do (permissions, service areas, modules switched on), kept
 * between requests while the database's access stamp stands still. Any change to access moves the
 * stamp in the same transaction, so the next request on any instance works the answer out again:
 * nothing kept outlives a change, and a request pays one read of the stamp instead of the queries.
 */
@ApplicationScoped
public class KeptAccess {

    /** Enough for every member of staff of a large authority; past it the whole map starts again. */
    static final int MAX_USERS = 20_000;

    private final Map<String, Access> byUser = new ConcurrentHashMap<>();

    /** One member of staff's access as worked out under one stamp. */
    public record Access(long stamp, Set<String> granted, Set<Long> serviceAreaIds, Set<String> enabledModules) {
    }

    /**
     * The user's access under the given stamp: the kept answer when it was worked out under the same stamp,
     * otherwise a fresh one. The stamp must have been read before the data {@code fresh} reads.
     */
    public Access of(String username, long stamp, Supplier<Access> fresh) {
        Access kept = byUser.get(username);
        if (kept != null && kept.stamp() == stamp) {
            return kept;
        }
        Access worked = fresh.get();
        if (byUser.size() >= MAX_USERS) {
            byUser.clear();
        }
        // Never replace an answer from a later stamp with one from an earlier (two requests racing a change).
        byUser.merge(username, worked, (old, now) -> now.stamp() >= old.stamp() ? now : old);
        return worked;
    }

    int size() {
        return byUser.size();
    }
}
