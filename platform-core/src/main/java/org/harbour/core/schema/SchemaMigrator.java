package org.harbour.core.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.harbour.core.module.ModuleGraph;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.spi.module.ModuleDescriptor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date at start-up: core first, then each deployed module in
 * dependency order. Each owns its migrations ({@code db/migration/<id>}) and its own history
 * table, so a module's tables exist only where the module is deployed.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Inject
    private PortalDatabase database;

    @Inject
    private ModuleRegistry modules;

    @Inject
    private Event<SchemaReady> schemaReady;

    private volatile List<MigrationReport> reports = List.of();
    private volatile String failure;

    /**
     * Runs pending migrations, then announces {@link SchemaReady}, all under the cluster's start-up
     * lock; on failure the portal stays up but reports not ready.
     */
    public synchronized void migrate() {
        StartupLock lock;
        try {
            lock = StartupLock.acquire(database.dataSource());
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "The database cannot be reached; the portal will report not ready", e);
            return;
        }
        try (lock) {
            if (migrateAll()) {
                schemaReady.fire(new SchemaReady(reports));
            }
        }
    }

    private boolean migrateAll() {
        List<MigrationReport> done = new ArrayList<>();
        try {
            done.add(migrate(ModuleGraph.CORE_ID, "classpath:db/migration/core"));
            for (ModuleDescriptor module : modules.modules()) {
                done.add(migrate(module.getId(), module.getMigrationLocation()));
            }
            reports = Collections.unmodifiableList(done);
            failure = null;
            return true;
        } catch (RuntimeException e) {
            reports = Collections.unmodifiableList(done);
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Schema migration failed; the portal will report not ready", e);
            return false;
        }
    }

    private MigrationReport migrate(String moduleId, String location) {
        Flyway flyway = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(database.dataSource())
                .locations(location)
                .table(historyTable(moduleId))
                .failOnMissingLocations(false)
                .placeholders(Map.of("binary_type", binaryType()))
                // Several history tables share one schema: a module arriving in a schema that
                // already holds other modules' tables starts from version 0, so its V1 still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // A migration is numbered when it is written, and work written side by side can land with a
                // lower number than one already applied (core's V22 and V23 came after V29): a database that
                // has the later one applies the earlier one it lacks instead of refusing to start.
                .outOfOrder(true)
                .load();
        MigrateResult result = flyway.migrate();
        // One look at the history after migrating: each look scans the migrations and reads the table again.
        MigrationInfoService info = flyway.info();
        String current = info.current() == null ? null : info.current().getVersion().getVersion();
        LOG.info(() -> "Schema of '" + moduleId + "': " + result.migrationsExecuted
                + " migration(s) applied, now at version " + current);
        return new MigrationReport(moduleId, result.migrationsExecuted, current, info.pending().length);
    }

    /** Column type for file contents: the one piece of SQL where Derby and PostgreSQL differ. */
    private String binaryType() {
        try (Connection connection = database.dataSource().getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? "BYTEA" : "BLOB";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    static String historyTable(String moduleId) {
        return moduleId.replace('-', '_') + "_schema_history";
    }

    /** One report per migrated schema, core first; empty until start-up migration has run. */
    public List<MigrationReport> reports() {
        return reports;
    }

    public boolean isComplete() {
        return failure == null && !reports.isEmpty();
    }

    /** Why migration failed, or null. */
    public String failure() {
        return failure;
    }
}
