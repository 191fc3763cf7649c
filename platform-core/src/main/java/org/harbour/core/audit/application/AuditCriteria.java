package org.harbour.core.audit.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What to look for in the audit trail; every part is optional. Dates are UTC days, both
 * inclusive, like every time in the trail.
 */
public final class AuditCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String user;
    private String recordType;
    private String recordId;
    private LocalDate from;
    private LocalDate to;
    private String action;
    private String outcome;

    public AuditCriteria() {
    }

    public AuditCriteria(String user, String recordType, String recordId, LocalDate from, LocalDate to, String action,
                         String outcome) {
        this.user = user;
        this.recordType = recordType;
        this.recordId = recordId;
        this.from = from;
        this.to = to;
        this.action = action;
        this.outcome = outcome;
    }

    /** The criteria as the audit detail of a search or export records them: no personal data, only filters. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "user", user);
        add(parts, "recordType", recordType);
        add(parts, "recordId", recordId);
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        add(parts, "action", action);
        add(parts, "outcome", outcome);
        return parts.isEmpty() ? "all entries" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + value.trim());
        }
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
