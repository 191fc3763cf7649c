package org.harbour.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.harbour.core.audit.application.ChainStatus;
import org.harbour.core.audit.application.ChainStatusStore;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit chain's last recorded verification, as data for monitoring. Always up: a broken
 * chain is a matter for people to investigate, and taking every instance out of the load
 * balancer over it would stop the service without mending anything.
 */
@Readiness
@ApplicationScoped
public class AuditChainHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(AuditChainHealthCheck.class.getName());

    @Inject
    private ChainStatusStore store;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("audit-chain").up();
        ChainStatus status;
        try {
            status = store.current();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Audit chain status unreadable", e);
            return response.withData("chain", "unknown").build();
        }
        response.withData("chain", switch (status.getKind()) {
            case NOT_YET_CHECKED -> "not yet verified";
            case INTACT -> "intact";
            case BROKEN -> "broken";
            case RESULT_ALTERED -> "result altered";
        });
        if (status.getCheckedAt() != null) {
            response.withData("checkedAt", status.getCheckedAt().toString());
        }
        if (status.getScope() != null) {
            response.withData("scope", status.getScope());
        }
        if (status.getBrokenEntryId() != null) {
            response.withData("firstBrokenEntry", status.getBrokenEntryId());
        }
        if (status.isBroken()) {
            response.withData("problem", status.getProblem());
        }
        return response.build();
    }
}
