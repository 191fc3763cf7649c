package org.harbour.core.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.access.domain.ModuleEnablement;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.identity.application.AccessVersion;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which deployed modules each service area has switched on. The switch is data, read from the
 * database for each request or, in a cluster, from a cluster-wide cache that every change clears
 * on all instances ({@link ModuleSwitchCache}), so a change takes effect at once everywhere
 * without a restart.
 */
@ApplicationScoped
public class ModuleSwitchboard {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private AuditLog audit;

    @Inject
    private ModuleSwitchCache cache;

    @Inject
    private AccessVersion accessVersion;

    @Inject
    private Event<ModuleSwitched> switched;

    private final Clock clock = Clock.systemUTC();

    /** Deployed modules switched on for at least one of the given service areas. */
    public Set<String> enabledFor(Collection<Long> serviceAreaIds) {
        return enabledFor(serviceAreaIds, accessVersion.current());
    }

    /**
     * As {@link #enabledFor(Collection)}, for a caller that has read the access stamp already (before this). The
     * cluster-wide cache keeps answers per stamp, so an answer cached from before a switch is never read after it,
     * even on an instance whose cache was not yet cleared.
     */
    public Set<String> enabledFor(Collection<Long> serviceAreaIds, long stamp) {
        Set<String> enabled = new HashSet<>();
        for (Long areaId : serviceAreaIds) {
            enabled.addAll(cache.enabledFor(stamp, areaId, this::load));
        }
        enabled.retainAll(registry.modules().stream().map(m -> m.getId()).toList());
        return enabled;
    }

    public boolean isEnabled(long serviceAreaId, String moduleId) {
        return cache.enabledFor(accessVersion.current(), serviceAreaId, this::load).contains(moduleId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Set<String> load(long serviceAreaId) {
        return new HashSet<>(em.createQuery("""
                        select e.moduleId from ModuleEnablement e
                        where e.serviceAreaId = :area and e.enabled = true""", String.class)
                .setParameter("area", serviceAreaId)
                .getResultList());
    }

    /** Switches a deployed module on or off for a service area and audits it in the same transaction. */
    @Requires(CorePermissions.ADMINISTER)
    @Transactional
    public void switchModule(long serviceAreaId, String moduleId, boolean on, String actor) {
        if (registry.find(moduleId).isEmpty()) {
            throw new IllegalArgumentException("Module " + moduleId + " is not deployed");
        }
        ServiceArea area = em.find(ServiceArea.class, serviceAreaId);
        if (area == null) {
            throw new IllegalArgumentException("No service area " + serviceAreaId);
        }
        ModuleEnablement row = em.find(ModuleEnablement.class, new ModuleEnablement.Key(serviceAreaId, moduleId));
        if (row == null) {
            row = new ModuleEnablement(serviceAreaId, moduleId);
            row.set(on, actor, Instant.now(clock));
            em.persist(row);
        } else if (row.isEnabled() == on) {
            return;
        } else {
            row.set(on, actor, Instant.now(clock));
        }
        accessVersion.changed();
        switched.fire(new ModuleSwitched(serviceAreaId, moduleId, on));
        audit.as(actor, "MODULE_SWITCH", "module", moduleId, Outcome.SUCCESS,
                (on ? "Switched on" : "Switched off") + " for service area " + area.getCode());
    }

    /** Clears the cache once the change is committed (and after a rollback too: clearing is always safe). */
    void clearCache(@Observes(during = TransactionPhase.AFTER_COMPLETION) ModuleSwitched change) {
        cache.invalidate();
    }

    /** Every stored switch, for the administration page. */
    @Requires(CorePermissions.ADMINISTER)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleEnablement> all() {
        return em.createQuery("select e from ModuleEnablement e", ModuleEnablement.class).getResultList();
    }
}
