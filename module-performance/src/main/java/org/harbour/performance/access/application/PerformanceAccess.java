package org.harbour.performance.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.error.ActionRefusedException;

/** The module's own permissions, checked in its services whatever page or endpoint calls them. */
@ApplicationScoped
public class PerformanceAccess {

    public static final String ACCESS = "performance:access";
    public static final String DRILL_DOWN = "performance:drill-down";
    public static final String RECALCULATE = "performance:recalculate";
    public static final String MANAGE = "performance:manage";
    public static final String EXPORT = "performance:export";

    @Inject
    private AccessGuard access;

    public boolean has(String permission) {
        return access.has(permission);
    }

    /** Lets the action go on, or audits the refusal and throws {@link ActionRefusedException}. */
    public void require(String permission, String action) {
        access.requirePermission(permission, action, "performance", null);
    }
}
