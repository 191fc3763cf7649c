package org.harbour.core.spi.audit;

/**
 * The audit trail as a module writes to it. Who and from where are filled in by the platform
 * (outside a request the actor is {@code system}). Refusals and failures are kept even when the
 * caller's transaction rolls back; successes commit or roll back with the work they record.
 */
public interface Audit {

    /** The record type of a child's (person's) record. */
    String PERSON = "person";

    void success(String action, String recordType, String recordId, String detail);

    void denied(String action, String recordType, String recordId, String detail);

    void failure(String action, String recordType, String recordId, String detail);
}
