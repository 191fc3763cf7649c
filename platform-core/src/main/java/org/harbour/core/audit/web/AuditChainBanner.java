package org.harbour.core.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.audit.application.ChainStatus;
import org.harbour.core.audit.application.ChainStatusStore;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.CorePermissions;

/**
 * The warning that the audit chain is broken, on the audit trail and administration pages for
 * staff who audit or administer. Reads the last recorded verification, at most once a request;
 * it never verifies anything itself.
 */
@Named
@RequestScoped
public class AuditChainBanner {

    @Inject
    private AccessGuard access;

    @Inject
    private ChainStatusStore store;

    private ChainStatus status;

    /** On the pages it belongs to, for those who may act on it, and only when a break is raised. */
    public boolean isShown() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String viewId = faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
        if (viewId == null || !(viewId.startsWith("/admin/") || viewId.startsWith("/audit/"))) {
            return false;
        }
        if (!access.has(CorePermissions.AUDIT) && !access.has(CorePermissions.ADMINISTER)) {
            return false;
        }
        return getStatus().isBroken();
    }

    /** Reads the status again: a verification ended in this request, after the status was first read. */
    public void refresh() {
        status = null;
    }

    public ChainStatus getStatus() {
        if (status == null) {
            status = store.current();
        }
        return status;
    }
}
