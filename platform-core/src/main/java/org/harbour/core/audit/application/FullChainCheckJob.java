package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.harbour.core.module.ModuleGraph;
import org.harbour.core.spi.module.ScheduledJob;

import java.time.Duration;

/**
 * Checks the whole audit chain, once per cluster under a job lease, every
 * {@code harbour.audit.full-verify-hours} (24): catches an old entry altered behind the latest
 * checkpoint, which the frequent {@link ChainCheckJob} does not read again.
 */
@ApplicationScoped
public class FullChainCheckJob implements ScheduledJob {

    @Inject
    private ChainMonitor monitor;

    @Inject
    @ConfigProperty(name = "harbour.audit.full-verify-hours", defaultValue = "24")
    private long hours;

    @Override
    public String moduleId() {
        return ModuleGraph.CORE_ID;
    }

    @Override
    public String name() {
        return "audit-chain-full-check";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(hours);
    }

    @Override
    public void run() {
        monitor.runScheduled(ChainScope.FULL);
    }
}
