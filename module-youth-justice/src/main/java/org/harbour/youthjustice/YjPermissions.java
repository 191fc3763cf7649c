package org.harbour.youthjustice;

/**
 * The module's permissions. Roles get them in data (defaults in {@link YouthJusticeModule}); victims'
 * details are shown only with {@link #VICTIMS}.
 */
public final class YjPermissions {

    public static final String ACCESS = "youth-justice:access";
    public static final String RECORD = "youth-justice:record";
    public static final String DECIDE = "youth-justice:decide";
    public static final String COURT = "youth-justice:court";
    public static final String VICTIMS = "youth-justice:victims";
    public static final String HEALTH = "youth-justice:health";
    public static final String MEASURES = "youth-justice:measures";
    public static final String EXPORT = "youth-justice:export";

    private YjPermissions() {
    }
}
