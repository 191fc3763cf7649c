package org.harbour.core.spi.access;

/** The platform's role codes, which a module names as the default holders of its permissions. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PRACTITIONER = "PRACTITIONER";
    public static final String MANAGER = "MANAGER";
    public static final String COMMISSIONER = "COMMISSIONER";
    public static final String ANALYST = "ANALYST";

    private Roles() {
    }
}
