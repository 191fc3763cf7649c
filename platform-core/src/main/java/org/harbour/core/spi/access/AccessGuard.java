package org.harbour.core.spi.access;

/**
 * The checks a module's application service makes on the signed-in member of staff, beyond the
 * {@link Requires} on its class: a finer permission for one action, and the user's reach to one
 * child's record. Every refusal is written to the audit trail before the exception is thrown;
 * a refused and an unknown child look the same to the caller.
 */
public interface AccessGuard {

    /** The record type under which a child's (person's) record is audited. */
    String PERSON = "person";

    /** Whether one of the user's roles grants the permission (does not audit). */
    boolean has(String permission);

    /** Whether the module is switched on for one of the user's service areas (does not audit). */
    boolean canUseModule(String moduleId);

    /** Whether the user may reach the person's record (does not audit). */
    boolean mayReach(long personId);

    /**
     * Lets the action go on, or audits the refusal under {@code action} and throws
     * {@link org.harbour.core.spi.error.ActionRefusedException} (403).
     */
    void requirePermission(String permission, String action, String recordType, String recordId);

    /**
     * Lets the action on the child go on, or audits the refusal under {@code action} and throws
     * {@link org.harbour.core.spi.error.RecordNotFoundException} (404).
     */
    void requireReach(long personId, String action);

    /** Both checks, permission first, as one call. */
    default void require(String permission, String action, long personId) {
        requirePermission(permission, action, PERSON, Long.toString(personId));
        requireReach(personId, action);
    }

    /** The signed-in user's name; refused when nobody is signed in. */
    String username();
}
