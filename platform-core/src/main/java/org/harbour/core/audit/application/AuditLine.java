package org.harbour.core.audit.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One audit entry as searches show and export it; getters because Jakarta EL reads no record accessors. */
public final class AuditLine implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
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

    /** When it happened, as people read it: {@code 2026-03-01 10:15:02 UTC}. */
    public String getOccurredAtUtc() {
        return UTC_TIME.format(occurredAt) + " UTC";
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
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

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getDetail() {
        return detail;
    }
}
