package org.harbour.core.spi.casedata;

import java.sql.SQLException;

/**
 * The portal's entry to {@link CaseDataQueries}: runs a unit of read-only work on one pooled
 * connection, so an indicator reading several windows holds a connection once. Callers check
 * their own permissions; these rows carry ids and dates, not names (except the children list).
 */
public interface CaseData {

    /** Work that reads case data and may fail with an SQL error. */
    @FunctionalInterface
    interface Reading<T> {
        T read(CaseDataQueries queries) throws SQLException;
    }

    /** Runs the reading on one connection; an SQL error becomes an {@link IllegalStateException}. */
    <T> T read(Reading<T> reading);
}
