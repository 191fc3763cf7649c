package org.harbour.core.audit.domain;

import java.util.Objects;

/**
 * What happened, as a service reports it to the audit trail.
 *
 * @param actor         username, or {@code anonymous} / {@code system}
 * @param action        e.g. {@code LOGIN}, {@code PERSON_VIEW}, {@code MODULE_SWITCH}
 * @param recordType    kind of record touched, e.g. {@code person}; null when none
 * @param recordId      its id; null when none
 * @param outcome       whether it was allowed and done
 * @param sourceAddress client address as the portal saw it
 * @param detail        short free text, never a whole record
 */
public record AuditEvent(String actor, String action, String recordType, String recordId, Outcome outcome,
                         String sourceAddress, String detail) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (detail != null && detail.length() > 1000) {
            detail = detail.substring(0, 997) + "...";
        }
    }
}
