package org.harbour.core.schema;

import java.io.Serializable;

/** Outcome of migrating one schema (core or a module) at start-up. */
public final class MigrationReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final int appliedNow;
    private final String currentVersion;
    private final int pending;

    public MigrationReport(String moduleId, int appliedNow, String currentVersion, int pending) {
        this.moduleId = moduleId;
        this.appliedNow = appliedNow;
        this.currentVersion = currentVersion;
        this.pending = pending;
    }

    public String getModuleId() {
        return moduleId;
    }

    /** Migrations applied during this start. */
    public int getAppliedNow() {
        return appliedNow;
    }

    /** Schema version after migration, or null when the module has no migrations. */
    public String getCurrentVersion() {
        return currentVersion;
    }

    public int getPending() {
        return pending;
    }
}
