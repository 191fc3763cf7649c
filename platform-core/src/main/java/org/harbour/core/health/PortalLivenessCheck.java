package org.harbour.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has room to work; a load balancer restarts an instance that is not. */
@Liveness
@ApplicationScoped
public class PortalLivenessCheck implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        double share = (double) used / rt.maxMemory();
        return HealthCheckResponse.named("portal")
                .status(share < MAX_HEAP_USE)
                .withData("heapUsedMb", used / (1024 * 1024))
                .withData("heapMaxMb", rt.maxMemory() / (1024 * 1024))
                .build();
    }
}
