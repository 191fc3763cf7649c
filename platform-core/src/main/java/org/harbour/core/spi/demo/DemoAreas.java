package org.harbour.core.spi.demo;

/** The codes of the service areas the demo data creates, one per service. */
public final class DemoAreas {

    public static final String FAMILY_SAFEGUARDING = "FAMILY_SAFEGUARDING";
    public static final String YOUTH_JUSTICE = "YOUTH_JUSTICE";
    public static final String SEND_TEAM = "SEND_TEAM";
    public static final String CONTINUING_CARE = "CONTINUING_CARE";
    public static final String PAUSE = "PAUSE";
    public static final String PERFORMANCE = "PERFORMANCE";

    private DemoAreas() {
    }
}
