package org.harbour.core.schema;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Migrates the schema when the application starts. A startup EJB rather than a CDI
 * {@code @Initialized} observer: only by then is the WAR's data source bound in JNDI.
 * No transaction around it: Flyway commits each migration itself, and each start-up task that follows
 * (permissions, settings, demo data) commits its own work. Bean-managed, because a container-managed
 * singleton's {@code @PostConstruct} runs in a new transaction unless the method itself says otherwise:
 * the whole start-up, demo data included, was one transaction, whose locks the scheduled jobs and the
 * audit appender waited on until they timed out (a minute on Derby).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaStartup {

    @Inject
    private SchemaMigrator migrator;

    @PostConstruct
    void migrateOnStart() {
        migrator.migrate();
    }
}
