package org.harbour.portal.testmodule.runs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/** The hello module's record of its job's runs, {@code hello_job_run}. */
@ApplicationScoped
public class JobRunRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void recordRun(Instant at) {
        em.createNativeQuery("INSERT INTO hello_job_run (ran_at) VALUES (?)")
                .setParameter(1, Timestamp.from(at)).executeUpdate();
    }
}
