package org.harbour.send;

/**
 * The module's permissions. Roles get them in data (defaults in {@link SendModule}); health and
 * social care advice is shown only with {@link #HEALTH_DATA}.
 */
public final class SendPermissions {

    public static final String ACCESS = "send:access";
    public static final String RECORD = "send:record";
    public static final String DECIDE = "send:decide";
    public static final String PLAN = "send:plan";
    public static final String REVIEW = "send:review";
    public static final String COMMISSION = "send:commission";
    public static final String RETURN = "send:return";
    public static final String OVERSEE = "send:oversee";
    public static final String HEALTH_DATA = "send:health-data";

    private SendPermissions() {
    }
}
