package org.harbour.portal.it;

/**
 * The PBKDF2 work factor the portals started by tests hash passwords with (the build's
 * {@code it.pbkdf2.iterations}). The shipped 210,000 iterations cost seconds of CPU per sign-in on a test JVM;
 * the hashing is the same code at any work factor.
 */
public final class TestWorkFactor {

    private TestWorkFactor() {
    }

    public static String option() {
        return "-Dharbour.security.pbkdf2.iterations=" + System.getProperty("harbour.it.pbkdf2Iterations", "1024");
    }
}
