package org.harbour.core.audit.application;

/** The signed-in user's roles do not allow this use of the audit trail; the attempt has been audited. */
public class AuditPermissionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuditPermissionException(String permission) {
        super("This needs the permission '" + permission + "', which none of your roles has.");
    }
}
