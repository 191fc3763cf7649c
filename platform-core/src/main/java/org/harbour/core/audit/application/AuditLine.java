package org.harbour.core.audit.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One audit entry as searches show and export it; getters because Jakarta EL reads no record accessors. */
public final class AuditLine implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final long id;
    private final Instant occurredAt;
    private final String actor;
    private final String action;
    private final String recordType;
    private final String recordId;
    private final String outcome;
    private final String sourceAddress;
    private final String detail;

    public AuditLine(long id, Instant occurredAt, String actor, String action, String recordType, String recordId,
                     String outcome, String sourceAddress, String detail) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.outcome = outcome;
        this.sourceAddress = sourceAddress;
        this.detail = detail;
    }

    public long getId() {
        return id;
    }

    /** When it happened, UTC. */
    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** When it happened, as people read it: {@code 01/03/2026 10:15:02 UTC}. */
    public String getOccurredAtUtc() {
        return UTC_TIME.format(occurredAt) + " UTC";
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    /** The action in words: {@code MODULE_SWITCH} reads "Module switch". */
    public String getActionLabel() {
        return words(action);
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getOutcome() {
        return outcome;
    }

    /** The outcome in words: a refusal reads "Refused", not {@code DENIED}. */
    public String getOutcomeLabel() {
        if ("DENIED".equals(outcome)) {
            return "Refused";
        }
        return "FAILURE".equals(outcome) ? "Failed" : words(outcome);
    }

    private static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getDetail() {
        return detail;
    }
}
