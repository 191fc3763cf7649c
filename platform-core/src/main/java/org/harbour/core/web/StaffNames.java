package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.spi.people.Staff;
import org.harbour.core.spi.people.StaffSummary;

import java.util.HashMap;
import java.util.Map;

/** Pages name the people who recorded or did something as staff know them, not by their usernames. */
@Named
@RequestScoped
public class StaffNames {

    @Inject
    private Staff staff;

    private final Map<String, String> known = new HashMap<>();

    /** The member of staff's name; the username itself only for an account no longer held (or a system actor). */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return known.computeIfAbsent(username, u -> staff.find(u).map(StaffSummary::displayName)
                .orElse(AuditLog.SYSTEM.equals(u) ? "Harbour (automatic)" : u));
    }
}
