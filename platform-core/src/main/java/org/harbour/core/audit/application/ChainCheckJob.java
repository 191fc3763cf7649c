package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.module.ModuleGraph;
import org.harbour.core.spi.module.ScheduledJob;

import java.time.Duration;

/**
 * Checks the audit chain from the last checkpoint on, once per cluster under a job lease, every
 * {@code harbour.audit.verify-minutes} (60): cheap however long the trail. Runs soon after the
 * first start of a database, then when due; {@link FullChainCheckJob} reads the whole chain.
 */
@ApplicationScoped
public class ChainCheckJob implements ScheduledJob {

    @Inject
    private ChainMonitor monitor;

    @Inject
    @ConfigProperty(name = "harbour.audit.verify-minutes", defaultValue = "60")
    private long minutes;

    @Override
    public String moduleId() {
        return ModuleGraph.CORE_ID;
    }

    @Override
    public String name() {
        return "audit-chain-check";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(minutes);
    }

    @Override
    public void run() {
        monitor.runScheduled(ChainScope.SINCE_CHECKPOINT);
    }
}
