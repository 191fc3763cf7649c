package org.harbour.continuingcare;

/**
 * The module's permissions. Roles get them in data (defaults in {@link ContinuingCareModule});
 * health data (assessments, the support register, panel papers' clinical summary) is shown only
 * with {@link #HEALTH_DATA}.
 */
public final class CarePermissions {

    public static final String ACCESS = "continuing-care:access";
    public static final String REFER = "continuing-care:refer";
    public static final String ASSESS = "continuing-care:assess";
    public static final String HEALTH_DATA = "continuing-care:health-data";
    public static final String PANEL_MEMBER = "continuing-care:panel-member";
    public static final String PANEL_CHAIR = "continuing-care:panel-chair";
    public static final String COMMISSION = "continuing-care:commission";
    public static final String REVIEW = "continuing-care:review";
    public static final String ADMINISTER = "continuing-care:administer";

    private CarePermissions() {
    }
}
