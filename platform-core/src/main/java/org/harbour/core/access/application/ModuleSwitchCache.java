package org.harbour.core.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A cluster-wide cache of the modules switched on per service area, in the data grid's JCache
 * (shared by every instance, so clearing it on one clears it on all). Only used when
 * {@code harbour.cluster.cache} is on: with Payara Micro's {@code --nocluster} the JCache
 * provider is a client that waits for a grid forever, so a single instance is never made to
 * touch it and reads the database each time instead. Entries also expire after a short time,
 * which bounds how long a read racing a switch's commit can keep an old answer.
 */
@ApplicationScoped
public class ModuleSwitchCache {

    static final String CACHE_NAME = "harbour-module-switches";
    private static final Logger LOG = Logger.getLogger(ModuleSwitchCache.class.getName());

    @Inject
    @ConfigProperty(name = "harbour.cluster.cache", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "harbour.cluster.cache-seconds", defaultValue = "30")
    private long expirySeconds;

    private volatile Cache<String, String> cache;
    private volatile boolean unavailable;

    /**
     * The modules on for an area under an access stamp (read before calling): from the cache, or loaded and cached.
     * Keyed by the stamp too, so an answer from before a change is never read once the change has moved the stamp.
     */
    public Set<String> enabledFor(long stamp, long serviceAreaId, LongFunction<Set<String>> load) {
        Cache<String, String> shared = cache();
        if (shared == null) {
            return load.apply(serviceAreaId);
        }
        String key = stamp + "/" + serviceAreaId;
        String cached = shared.get(key);
        if (cached != null) {
            return cached.isEmpty() ? new HashSet<>() : new HashSet<>(Arrays.asList(cached.split(",")));
        }
        Set<String> loaded = load.apply(serviceAreaId);
        shared.put(key, String.join(",", loaded));
        return loaded;
    }

    /** Forgets every area's switches on every instance; called once a switch has changed. */
    public void invalidate() {
        Cache<String, String> shared = cache();
        if (shared != null) {
            shared.removeAll();
        }
    }

    public boolean isClustered() {
        return cache() != null;
    }

    private Cache<String, String> cache() {
        if (!enabled || unavailable) {
            return null;
        }
        Cache<String, String> current = cache;
        if (current == null) {
            synchronized (this) {
                current = cache;
                if (current == null && !unavailable) {
                    current = open();
                    cache = current;
                }
            }
        }
        return current;
    }

    private Cache<String, String> open() {
        try {
            CacheManager manager = InitialContext.doLookup("payara/CacheManager");
            Cache<String, String> existing = manager.getCache(CACHE_NAME, String.class, String.class);
            if (existing != null) {
                return existing;
            }
            MutableConfiguration<String, String> config = new MutableConfiguration<String, String>()
                    .setTypes(String.class, String.class)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, expirySeconds)));
            try {
                return manager.createCache(CACHE_NAME, config);
            } catch (CacheException createdByAnotherInstance) {
                return manager.getCache(CACHE_NAME, String.class, String.class);
            }
        } catch (NamingException | RuntimeException e) {
            unavailable = true;
            LOG.log(Level.WARNING, "No cluster-wide cache for module switches; reading them from the database", e);
            return null;
        }
    }
}
