package org.harbour.core.casedata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.CaseDataQueries;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@link CaseData} on the portal's own pool; kept out of the published API, which holds types only.
 * A reading runs in a transaction so that it and anything it calls through JPA (a module's indicator counting
 * inside a scorecard reading) share one pooled connection: outside one, each took a connection of its own while
 * holding the first, and under load every pooled connection was held by a request waiting for a second. A
 * reading writes nothing but its audit entries, which are kept even when it ends in a refusal.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = RuntimeException.class)
public class PortalCaseData implements CaseData {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /**
     * The transaction's own JDBC connection, the one the persistence context uses for it, so what the reading
     * calls through JPA runs on it too: a connection of its own from the pool was not shared with JPA's in the
     * same transaction, and under load (50 analysts opening the scorecard at once) every pooled connection was
     * held by a reading waiting for a second one for a module's indicator. Not closed here: it is the
     * transaction's.
     */
    @Override
    public <T> T read(Reading<T> reading) {
        try {
            return reading.read(new CaseDataQueries(em.unwrap(Connection.class)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read case data: " + e.getMessage(), e);
        }
    }
}
