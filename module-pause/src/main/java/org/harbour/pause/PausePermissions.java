package org.harbour.pause;

/**
 * The module's permissions. Roles get them in data (defaults in {@link PauseModule}). Nothing of
 * Pause is shown without {@link #ACCESS} where the module is switched on (only the Pause team's
 * area); the contraception method needs {@link #HEALTH_DATA}; {@link #BREAK_GLASS} lets a named
 * role open one woman's record for a few hours with a reason, listed for {@link #OVERSEE}.
 */
public final class PausePermissions {

    public static final String ACCESS = "pause:access";
    public static final String COHORT = "pause:cohort";
    public static final String FORUM = "pause:forum";
    public static final String ALLOCATE = "pause:allocate";
    public static final String RECORD = "pause:record";
    public static final String HEALTH_DATA = "pause:health-data";
    public static final String COSTS = "pause:costs";
    public static final String EXPORT = "pause:export";
    public static final String OVERSEE = "pause:oversee";
    public static final String BREAK_GLASS = "pause:break-glass";

    private PausePermissions() {
    }
}
