package org.harbour.core.schema;

import java.util.List;

/** CDI event fired once the schema of core and every deployed module is up to date. */
public final class SchemaReady {

    private final List<MigrationReport> reports;

    public SchemaReady(List<MigrationReport> reports) {
        this.reports = List.copyOf(reports);
    }

    public List<MigrationReport> reports() {
        return reports;
    }
}
