package org.harbour.core.casedata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.persistence.PortalDatabase;
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

    @Inject
    private PortalDatabase database;

    @Override
    public <T> T read(Reading<T> reading) {
        try (Connection connection = database.dataSource().getConnection()) {
            return reading.read(new CaseDataQueries(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read case data: " + e.getMessage(), e);
        }
    }
}
