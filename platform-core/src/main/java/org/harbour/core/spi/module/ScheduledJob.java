package org.harbour.core.spi.module;

import java.time.Duration;

/**
 * Work a module needs done regularly (timescale alerts, snapshots). Core runs each job once per
 * cluster, not once per instance, and never while the module is undeployed.
 */
public interface ScheduledJob {

    /** Module id of the contributing module. */
    String moduleId();

    /** Unique within the module, e.g. {@code review-reminders}. */
    String name();

    /** Least time between two runs. */
    Duration interval();

    void run();

    /** Cluster-wide key of the job. */
    default String key() {
        return moduleId() + ":" + name();
    }
}
