package org.harbour.core.person.application;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.harbour.core.spi.access.SystemWork;

/**
 * Default entity listener of the persistence unit (META-INF/orm.xml): whatever entity a request
 * writes, the reach decisions it has granted are forgotten ({@link ReachDecisions}). Deliberately
 * broad, so no change that bears on reach (allocations, cases, relationships, a module's referrals,
 * staff areas) can be missed. The audit trail's own entries are written by every read and change
 * nothing reach depends on.
 */
public class ReachChangeListener {

    private static final String AUDIT_PACKAGE = "org.harbour.core.audit.";

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        // Start-up, demo data and jobs write as the system, where no decision is kept: not even looked up.
        if (SystemWork.isActive() || entity.getClass().getName().startsWith(AUDIT_PACKAGE)) {
            return;
        }
        try {
            CDI.current().select(ReachDecisions.class).get().forget();
        } catch (ContextNotActiveException | IllegalStateException e) {
            // Outside a request (start-up, jobs) no decision is kept.
        }
    }
}
