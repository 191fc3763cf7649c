package org.harbour.performance.snapshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.module.ScheduledJob;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Freezes each month's figures once it has ended and refreshes the running month's provisional
 * figures; run hourly, once per cluster, by core's job runner.
 */
@ApplicationScoped
public class MonthEndSnapshotJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(MonthEndSnapshotJob.class.getName());

    @Inject
    private Snapshots snapshots;

    @Override
    public String moduleId() {
        return "performance";
    }

    @Override
    public String name() {
        return "month-end-snapshots";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        List<?> frozen = snapshots.freezeEndedMonths(LocalDate.now(Clock.systemUTC()));
        if (!frozen.isEmpty()) {
            LOG.info(() -> "Scorecard months frozen: " + frozen);
        }
    }
}
