package org.harbour.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Live while the JVM has room to work; a load balancer restarts an instance that is not. Judged
 * by the old generation as it stood after the last collection, not by the heap in use now: the
 * heap in use includes garbage not yet collected and may touch its maximum on a healthy JVM.
 */
@Liveness
@ApplicationScoped
public class PortalLivenessCheck implements HealthCheck {

    private static final double MAX_RETAINED_SHARE = 0.95;

    @Override
    public HealthCheckResponse call() {
        long retained = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterCollection != null && pool.getUsage().getMax() > 0
                    && isOldGeneration(pool.getName())) {
                retained += afterCollection.getUsed();
                max += pool.getUsage().getMax();
            }
        }
        Runtime rt = Runtime.getRuntime();
        double share = max == 0 ? 0 : (double) retained / max;
        return HealthCheckResponse.named("portal")
                .status(share < MAX_RETAINED_SHARE)
                .withData("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024))
                .withData("heapMaxMb", rt.maxMemory() / (1024 * 1024))
                .withData("retainedAfterLastCollectionMb", retained / (1024 * 1024))
                .build();
    }

    /** Serial and parallel collectors call it "Tenured"/"Old Gen", G1 "G1 Old Gen". */
    private static boolean isOldGeneration(String poolName) {
        return poolName.contains("Old") || poolName.contains("Tenured");
    }
}
