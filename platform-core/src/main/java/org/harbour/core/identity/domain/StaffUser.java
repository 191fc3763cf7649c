package org.harbour.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.harbour.core.spi.persistence.Stamp;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A member of staff who signs in to the portal with a local account. */
@Entity
@Table(name = "core_staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "use lower-case letters, digits, dots, hyphens and underscores")
    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Size(max = 120)
    @Column(name = "job_title", length = 120)
    private String jobTitle;

    @Email
    @Size(max = 200)
    @Column(length = 200)
    private String email;

    /** PBKDF2 hash in Jakarta Security's encoded form; never the password itself. */
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when an administrator chose the password (a new account or a reset): the user must replace it. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(name = "core_user_role",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_code"))
    private Set<Role> roles = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "core_user_service_area",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "service_area_id"))
    private Set<ServiceArea> serviceAreas = new LinkedHashSet<>();

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String jobTitle, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<ServiceArea> getServiceAreas() {
        return Collections.unmodifiableSet(serviceAreas);
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void joinServiceArea(ServiceArea area) {
        serviceAreas.add(area);
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void replaceServiceAreas(Set<ServiceArea> newAreas) {
        serviceAreas.clear();
        serviceAreas.addAll(newAreas);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /**
     * A new password hash. {@code chosenByOwner} is false when an administrator set it, and the
     * user is then made to choose their own at the next sign-in.
     */
    public void changePassword(String newHash, boolean chosenByOwner, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = !chosenByOwner;
        this.passwordChangedAt = at;
    }

    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    /** Who changed the account last; also makes every change, even to roles alone, bump the version. */
    public void changedBy(String actor, Instant at) {
        this.stamp = Stamp.of(actor, at);
    }
}
