package org.harbour.pause.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.people.Staff;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.pause.PauseModule;
import org.harbour.pause.PausePermissions;
import org.harbour.pause.access.infrastructure.BreakGlassRepository;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The checks every Pause action makes, on top of the {@code @Requires} of its service: the
 * permission for the action, and the user's reach to the woman (core's allocation, or the Pause
 * team's own ground); a woman's record is read with {@code pause:record} or through an open
 * break-glass access. Every refusal is audited by the guard; every read and change by the caller.
 */
@ApplicationScoped
public class PauseAccess {

    public static final String BREAK_GLASS_READ = "PAUSE_BREAK_GLASS_READ";

    @Inject
    private AccessGuard guard;

    @Inject
    private Audit audit;

    @Inject
    private Staff staff;

    @Inject
    private ModuleSettings settings;

    @Inject
    private BreakGlassRepository breakGlass;

    private final Clock clock = Clock.systemUTC();

    /** The permission and the reach to the woman, or an audited refusal (403 / 404). */
    public void requireWoman(String permission, String action, long personId) {
        guard.require(permission, action, personId);
    }

    public void requirePermission(String permission, String action, String recordType, String recordId) {
        guard.requirePermission(permission, action, recordType, recordId);
    }

    /**
     * Reading a woman's programme record: the Pause team with {@code pause:record} and reach, or a
     * named role through a break-glass access still open for this woman (audited as such).
     */
    public void requireRecordRead(String action, long personId) {
        if (!guard.has(PausePermissions.RECORD) && guard.has(PausePermissions.BREAK_GLASS)
                && breakGlass.openFor(personId, guard.username(), clock.instant())) {
            audit.success(BREAK_GLASS_READ, Audit.PERSON, Long.toString(personId), action);
            return;
        }
        guard.require(PausePermissions.RECORD, action, personId);
    }

    public boolean has(String permission) {
        return guard.has(permission);
    }

    public boolean mayReach(long personId) {
        return guard.mayReach(personId);
    }

    /** Whether the member of staff belongs to the Pause team's service area (module setting). */
    public boolean inTeam(String username) {
        String area = settings.value(PauseModule.ID, PauseModule.TEAM_AREA).map(String::trim)
                .filter(s -> !s.isEmpty()).orElse("PAUSE");
        return staff.inServiceArea(username, area);
    }

    public void success(String action, long personId, String detail) {
        audit.success(action, Audit.PERSON, Long.toString(personId), detail);
    }

    public void success(String action, String recordType, String recordId, String detail) {
        audit.success(action, recordType, recordId, detail);
    }

    public void denied(String action, long personId, String detail) {
        audit.denied(action, Audit.PERSON, Long.toString(personId), detail);
    }

    public String username() {
        return guard.username();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}
