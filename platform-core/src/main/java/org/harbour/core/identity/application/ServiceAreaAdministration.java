package org.harbour.core.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.EditConflictException;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** Service areas (teams): created and renamed by administrators, each with its members. */
@ApplicationScoped
@Requires(CorePermissions.ADMINISTER)
public class ServiceAreaAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** An area as the areas page lists it. */
    public record AreaView(long id, String code, String name, long version, List<String> members)
            implements Serializable {
        public long getId() { return id; }
        public String getCode() { return code; }
        public String getName() { return name; }
        public long getVersion() { return version; }
        public List<String> getMembers() { return members; }
        public String getMemberList() { return members.isEmpty() ? "No members" : String.join(", ", members); }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaView> areas() {
        return em.createQuery("select a from ServiceArea a order by a.name", ServiceArea.class)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultList().stream()
                .map(a -> new AreaView(a.getId(), a.getCode(), a.getName(), a.getVersion(), members(a.getId())))
                .toList();
    }

    private List<String> members(long areaId) {
        return em.createQuery("""
                        select u.displayName from StaffUser u join u.serviceAreas a
                        where a.id = :area order by u.displayName""", String.class)
                .setParameter("area", areaId).getResultList();
    }

    @Transactional
    public long create(String code, String name, String actor) {
        String cleanCode = code == null ? "" : code.trim().toUpperCase();
        if (!CODE.matcher(cleanCode).matches()) {
            throw new AccountRuleViolation("code",
                    "Use 2 to 40 capital letters, digits and underscores, starting with a letter.");
        }
        if (em.createQuery("select count(a) from ServiceArea a where a.code = :c", Long.class)
                .setParameter("c", cleanCode).getSingleResult() > 0) {
            throw new AccountRuleViolation("code", "There is already a service area " + cleanCode + ".");
        }
        ServiceArea area = new ServiceArea(cleanCode, requireName(name, "name"));
        area.changedBy(actor, clock.instant());
        em.persist(area);
        em.flush();
        audit.as(actor, "AREA_CREATE", "service-area", cleanCode, Outcome.SUCCESS, null);
        return area.getId();
    }

    @Transactional
    public void rename(long id, long expectedVersion, String name, String actor) {
        String clean = requireName(name, "name-" + id);
        ServiceArea area = em.find(ServiceArea.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (area == null) {
            throw new AccountRuleViolation(null, "This service area no longer exists.");
        }
        em.refresh(area);
        if (area.getVersion() != expectedVersion) {
            throw new EditConflictException(area.getUpdatedBy(), area.getUpdatedAt(), area.getVersion());
        }
        area.setName(clean);
        area.changedBy(actor, clock.instant());
        audit.as(actor, "AREA_RENAME", "service-area", area.getCode(), Outcome.SUCCESS, null);
    }

    private static String requireName(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new AccountRuleViolation(field, "Enter a name.");
        }
        if (name.trim().length() > 120) {
            throw new AccountRuleViolation(field, "Use at most 120 characters.");
        }
        return name.trim();
    }
}
