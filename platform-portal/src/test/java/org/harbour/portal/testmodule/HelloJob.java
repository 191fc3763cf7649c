package org.harbour.portal.testmodule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.module.ScheduledJob;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/** The hello module's scheduled job: records each run in the module's own table. */
@ApplicationScoped
public class HelloJob implements ScheduledJob {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "hello";
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
        em.createNativeQuery("INSERT INTO hello_job_run (ran_at) VALUES (?)")
                .setParameter(1, Timestamp.from(Instant.now())).executeUpdate();
    }
}
