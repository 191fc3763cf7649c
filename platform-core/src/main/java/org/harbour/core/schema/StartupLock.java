package org.harbour.core.schema;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Lets one cluster instance at a time do its start-up work on the shared database: migrating,
 * then what observers of {@link SchemaReady} do once (registering permissions, loading demo data
 * into an empty database). Instances starting together would otherwise insert the same rows.
 * On PostgreSQL it is a session-level advisory lock held on its own connection; embedded Derby
 * is opened by one JVM only, so there it does nothing.
 */
final class StartupLock implements AutoCloseable {

    /** Any fixed number: the lock's name among the database's advisory locks. */
    private static final long KEY = 0x4841_5242_4f55_52L;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    static StartupLock acquire(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            String product = connection.getMetaData().getDatabaseProductName();
            if (product == null || !product.toLowerCase(Locale.ROOT).contains("postgres")) {
                connection.close();
                return new StartupLock(null);
            }
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, KEY);
                lock.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new StartupLock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock in the database", e);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            // Closing the session releases the lock as well.
        }
    }
}
