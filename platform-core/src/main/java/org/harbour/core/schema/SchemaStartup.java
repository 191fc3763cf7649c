package org.harbour.core.schema;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Migrates the schema when the application starts. A startup EJB rather than a CDI
 * {@code @Initialized} observer: only by then is the WAR's data source bound in JNDI.
 * No transaction around it: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaStartup {

    @Inject
    private SchemaMigrator migrator;

    @PostConstruct
    void migrateOnStart() {
        migrator.migrate();
    }
}
