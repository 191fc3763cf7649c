package org.harbour.portal;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.core.persistence.ConfiguredDataSource;

/**
 * The portal's pooled database connections. Where they go is MicroProfile Config
 * ({@code harbour.db.url}, {@code harbour.db.user}, {@code harbour.db.password}): embedded
 * Derby in the data directory unless a deployment says otherwise.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/harbour",
        className = "org.harbour.core.persistence.ConfiguredDataSource",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32)
public class HarbourDataSource {

    /** Kept so the compiler checks the class name written above. */
    static final Class<ConfiguredDataSource> IMPLEMENTATION = ConfiguredDataSource.class;
}
