package org.harbour.core.spi.access;

/** The codes of core's own permissions, as granted to roles on the administration pages. */
public final class CorePermissions {

    public static final String ADMINISTER = "core:administer";
    public static final String AUDIT = "core:audit";
    public static final String RECORDS = "core:records";
    public static final String ALLOCATE = "core:allocate";
    public static final String WHO_VIEWED = "core:who-viewed";
    public static final String ALL_RECORDS = "core:all-records";
    public static final String SIGN_OFF = "core:sign-off";

    private CorePermissions() {
    }
}
