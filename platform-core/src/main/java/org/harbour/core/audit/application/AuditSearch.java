package org.harbour.core.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.infrastructure.AuditCsv;
import org.harbour.core.audit.infrastructure.AuditQuery;
import org.harbour.core.persistence.InstantConverter;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;

import java.io.Writer;
import java.sql.Timestamp;
import java.util.List;

/**
 * Searching and exporting the audit trail, for staff whose role grants {@code core:audit}
 * (administrators, information governance). Results come newest first, a page at a time; an
 * export streams in batches, so neither ever holds the whole trail in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditSearch {

    public static final String AUDIT = CorePermissions.AUDIT;
    public static final String EXPORT_ACTION = "AUDIT_EXPORT";

    private static final int EXPORT_BATCH = 1000;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditLog audit;

    @Inject
    private AuditTrail trail;

    @Requires(CorePermissions.AUDIT)
    public long count(AuditCriteria criteria) {
        require("AUDIT_SEARCH");
        trail.catchUp();
        AuditQuery query = AuditQuery.of(criteria);
        return ((Number) bind(em.createNativeQuery(query.countSql()), query.parameters()).getSingleResult()).longValue();
    }

    /** One page of matching entries, newest first. */
    @Requires(CorePermissions.AUDIT)
    public List<AuditLine> page(AuditCriteria criteria, int first, int size) {
        require("AUDIT_SEARCH");
        trail.catchUp();
        AuditQuery query = AuditQuery.of(criteria);
        return lines(bind(em.createNativeQuery(query.pageSql(first, size)), query.parameters()));
    }

    /** Records that the user searched, with what criteria (not each page they turn). */
    @Requires(CorePermissions.AUDIT)
    public void recordSearch(AuditCriteria criteria) {
        require("AUDIT_SEARCH");
        audit.success("AUDIT_SEARCH", null, null, criteria.describe());
    }

    /** Actions that occur in the trail, for the search form's choice. */
    @Requires(CorePermissions.AUDIT)
    public List<String> knownActions() {
        require("AUDIT_SEARCH");
        trail.catchUp();
        return em.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    /**
     * Writes every matching entry as CSV, newest first, batch by batch. The export is itself
     * audited first, with its criteria; it covers the entries written before it began.
     *
     * @return how many entries were written
     */
    @Requires(CorePermissions.AUDIT)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long export(AuditCriteria criteria, Writer out) {
        require(EXPORT_ACTION);
        trail.catchUp();
        Long newest = em.createQuery("select max(e.id) from AuditEntry e", Long.class).getSingleResult();
        long below = newest == null ? 0 : newest + 1;
        audit.success(EXPORT_ACTION, null, null, criteria.describe() + "; entries up to " + (below - 1));
        AuditQuery query = AuditQuery.of(criteria);
        AuditCsv csv = new AuditCsv(out);
        long written = 0;
        while (true) {
            Query batch = bind(em.createNativeQuery(query.batchBelowSql(EXPORT_BATCH)), query.parameters());
            batch.setParameter(query.parameters().size() + 1, below);
            List<AuditLine> lines = lines(batch);
            for (AuditLine line : lines) {
                csv.write(line);
                below = line.getId();
            }
            written += lines.size();
            csv.flush();
            if (lines.size() < EXPORT_BATCH) {
                return written;
            }
        }
    }

    /**
     * Entries about one record, newest first. No permission check of its own: callers such as the
     * child's "who has viewed" list check the permission and the right to the record first.
     */
    public List<AuditLine> aboutRecord(String recordType, String recordId, int max) {
        trail.catchUp();
        AuditQuery query = AuditQuery.of(new AuditCriteria(null, recordType, recordId, null, null, null, null));
        return lines(bind(em.createNativeQuery(query.pageSql(0, max)), query.parameters()));
    }

    private void require(String action) {
        if (!access.has(AUDIT)) {
            audit.denied(action, null, null, "Needs " + AUDIT);
            throw new AuditPermissionException(AUDIT);
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<AuditLine> lines(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new AuditLine(
                ((Number) row[0]).longValue(), InstantConverter.fromUtcTimestamp((Timestamp) row[1]),
                text(row[2]), text(row[3]), text(row[4]), text(row[5]), text(row[6]), text(row[7]), text(row[8])))
                .toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
