package org.harbour.core.audit.infrastructure;

import org.harbour.core.audit.application.AuditCriteria;
import org.harbour.core.persistence.InstantConverter;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL condition for a search of the audit trail, with its parameters in order. Plain SQL
 * both Derby and PostgreSQL run; each criterion matches a column the V2/V9 indexes lead with.
 */
public final class AuditQuery {

    public static final String COLUMNS =
            "id, occurred_at, actor, action, record_type, record_id, outcome, source_address, detail";

    private final String where;
    private final List<Object> parameters;

    private AuditQuery(String where, List<Object> parameters) {
        this.where = where;
        this.parameters = Collections.unmodifiableList(parameters);
    }

    public static AuditQuery of(AuditCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        equal(conditions, parameters, "actor", criteria.getUser());
        equal(conditions, parameters, "record_type", criteria.getRecordType());
        equal(conditions, parameters, "record_id", criteria.getRecordId());
        equal(conditions, parameters, "action", upper(criteria.getAction()));
        equal(conditions, parameters, "outcome", upper(criteria.getOutcome()));
        if (criteria.getFrom() != null) {
            conditions.add("occurred_at >= ?");
            parameters.add(InstantConverter.toUtcTimestamp(criteria.getFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (criteria.getTo() != null) {
            conditions.add("occurred_at < ?");
            parameters.add(InstantConverter.toUtcTimestamp(
                    criteria.getTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return new AuditQuery(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }

    private static void equal(List<String> conditions, List<Object> parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = ?");
            parameters.add(value.trim());
        }
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }

    public String countSql() {
        return "SELECT COUNT(*) FROM core_audit_entry" + where;
    }

    /** Newest first, one page. */
    public String pageSql(int first, int size) {
        return "SELECT " + COLUMNS + " FROM core_audit_entry" + where + " ORDER BY id DESC OFFSET " + Math.max(0, first)
                + " ROWS FETCH NEXT " + Math.max(1, size) + " ROWS ONLY";
    }

    /** Newest first, the next batch below an id: for walking a whole result without OFFSET. */
    public String batchBelowSql(int size) {
        return "SELECT " + COLUMNS + " FROM core_audit_entry" + where + (where.isEmpty() ? " WHERE" : " AND")
                + " id < ? ORDER BY id DESC FETCH FIRST " + Math.max(1, size) + " ROWS ONLY";
    }

    public List<Object> parameters() {
        return parameters;
    }
}
