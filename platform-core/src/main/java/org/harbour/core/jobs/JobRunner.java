package org.harbour.core.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.module.ModuleGraph;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.schema.SchemaReady;
import org.harbour.core.spi.access.SystemWork;
import org.harbour.core.spi.module.ScheduledJob;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs core's and the modules' scheduled jobs once per cluster: every instance checks regularly, and only
 * the one that claims a job's lease runs it. Starts once the schema is ready.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    /** Identifies this JVM among the cluster's instances. */
    private final String holder = UUID.randomUUID().toString();
    private final Clock clock = Clock.systemUTC();

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private Instance<ScheduledJob> jobs;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private JobLeases leases;

    @Inject
    @ConfigProperty(name = "harbour.jobs.check-seconds", defaultValue = "30")
    private long checkSeconds;

    @Inject
    @ConfigProperty(name = "harbour.jobs.lease-minutes", defaultValue = "10")
    private long leaseMinutes;

    private ScheduledFuture<?> ticking;

    /** After the other start-up work (demo data above all), so a job never counts half-loaded records. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) SchemaReady ready) {
        ticking = executor.scheduleWithFixedDelay(this::runDueJobs, 5, checkSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** Claims and runs each due job; a failing job is logged and tried again when next due. */
    void runDueJobs() {
        for (ScheduledJob job : jobs) {
            if (!ModuleGraph.CORE_ID.equals(job.moduleId()) && registry.find(job.moduleId()).isEmpty()) {
                continue;
            }
            Instant now = Instant.now(clock);
            try {
                if (!leases.claim(job.key(), holder, job.interval(), Duration.ofMinutes(leaseMinutes), now)) {
                    continue;
                }
                String outcome;
                try {
                    SystemWork.run("scheduled job " + job.key(), job::run);
                    outcome = "OK";
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Scheduled job " + job.key() + " failed", e);
                    outcome = "FAILED: " + e;
                }
                leases.release(job.key(), holder, Instant.now(clock), outcome);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not schedule job " + job.key(), e);
            }
        }
    }

    public String holder() {
        return holder;
    }
}
