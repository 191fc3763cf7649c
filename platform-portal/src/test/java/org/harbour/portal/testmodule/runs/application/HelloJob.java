package org.harbour.portal.testmodule.runs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.module.ScheduledJob;
import org.harbour.portal.testmodule.HelloModule;
import org.harbour.portal.testmodule.runs.infrastructure.JobRunRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The hello module's scheduled job: records each run in the module's own table. */
@ApplicationScoped
public class HelloJob implements ScheduledJob {

    @Inject
    private JobRunRepository runs;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String moduleId() {
        return HelloModule.ID;
    }

    @Override
    public String name() {
        return "record-run";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(1);
    }

    @Override
    @Transactional
    public void run() {
        runs.recordRun(Instant.now(clock));
    }
}
