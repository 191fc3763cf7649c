package org.harbour.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.persistence.PortalDatabase;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.harbour.core.schema.MigrationReport;
import org.harbour.core.schema.SchemaMigrator;

import java.sql.Connection;
import java.sql.SQLException;

/** Ready only when the database answers and every schema migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    private PortalDatabase database;

    @Inject
    private SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = database.dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("connection", valid ? "valid" : "invalid");
            if (!valid) {
                return response.down().build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
        for (MigrationReport report : migrator.reports()) {
            response.withData("schema." + report.getModuleId(),
                    report.getCurrentVersion() == null ? "none" : report.getCurrentVersion());
        }
        if (!migrator.isComplete()) {
            String failure = migrator.failure();
            return response.down().withData("migrations", failure == null ? "not yet run" : failure).build();
        }
        return response.up().withData("migrations", "complete").build();
    }
}
