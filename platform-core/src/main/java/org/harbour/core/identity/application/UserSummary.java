package org.harbour.core.identity.application;

import java.io.Serializable;
import java.time.Instant;

/** One account as the users list shows it. Getters because Jakarta EL does not read record accessors. */
public record UserSummary(long id, String username, String displayName, String jobTitle, String roles,
                          String areas, boolean active, boolean locked, Instant lastSignIn) implements Serializable {
    public long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getJobTitle() { return jobTitle; }
    public String getRoles() { return roles; }
    public String getAreas() { return areas; }
    public boolean isActive() { return active; }
    public boolean isLocked() { return locked; }
    public Instant getLastSignIn() { return lastSignIn; }
}
