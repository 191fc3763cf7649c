package org.harbour.core.audit.domain;

import java.util.Objects;

/**
 * What happened, as a service reports it to the audit trail. Over-long values are cut to their
 * column's width, so an odd value can never make the audited work itself fail.
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
        actor = clip(actor, 80);
        action = clip(action, 60);
        recordType = clip(recordType, 60);
        recordId = clip(recordId, 80);
        sourceAddress = clip(sourceAddress, 64);
        detail = clip(detail, 1000);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }
}
