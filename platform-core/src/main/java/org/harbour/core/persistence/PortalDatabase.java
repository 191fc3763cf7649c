package org.harbour.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The portal's pooled data source, for the few places that need JDBC rather than JPA
 * (migrations, health). Looked up when first used: {@code @Resource} injection into beans of
 * library JARs runs before the WAR's own data source definition is bound.
 */
@ApplicationScoped
public class PortalDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/harbour";

    private volatile DataSource dataSource;

    @Inject
    @ConfigProperty(name = "harbour.db.url")
    private String url;

    /** Whether the database is embedded Derby: one JVM only, so no other instance shares it. */
    public boolean isEmbeddedDerby() {
        return EmbeddedDerbySettings.isEmbeddedDerby(url);
    }

    public DataSource dataSource() {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = InitialContext.doLookup(JNDI_NAME);
            } catch (NamingException e) {
                throw new IllegalStateException("The portal's data source " + JNDI_NAME + " is not bound", e);
            }
            dataSource = current;
        }
        return current;
    }
}
