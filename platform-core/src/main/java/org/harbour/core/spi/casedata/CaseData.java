package org.harbour.core.spi.casedata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.persistence.PortalDatabase;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The portal's entry to {@link CaseDataQueries}: runs a unit of read-only work on one pooled
 * connection, so an indicator reading several windows holds a connection once. Callers check
 * their own permissions; these rows carry ids and dates, not names (except the children list).
 */
@ApplicationScoped
public class CaseData {

    @Inject
    private PortalDatabase database;

    /** Work that reads case data and may fail with an SQL error. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(CaseDataQueries queries) throws SQLException;
    }

    public <T> T read(Reading<T> reading) {
        try (Connection connection = database.dataSource().getConnection()) {
            return reading.read(new CaseDataQueries(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read case data: " + e.getMessage(), e);
        }
    }
}
