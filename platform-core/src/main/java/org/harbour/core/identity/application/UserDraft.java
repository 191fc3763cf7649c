package org.harbour.core.identity.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an administrator types about an account: the form the user page edits. */
public class UserDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter a username")
    @Size(min = 3, max = 80, message = "Use 3 to 80 characters")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
            message = "Use lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit")
    private String username;

    @NotBlank(message = "Enter the person's name")
    @Size(max = 120, message = "Use at most 120 characters")
    private String displayName;

    @Size(max = 120, message = "Use at most 120 characters")
    private String jobTitle;

    @Email(message = "Enter an email address such as name@council.gov.uk")
    @Size(max = 200, message = "Use at most 200 characters")
    private String email;

    private List<String> roleCodes = new ArrayList<>();
    private List<String> areaIds = new ArrayList<>();

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.trim();
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public List<String> getRoleCodes() {
        return roleCodes;
    }

    public void setRoleCodes(List<String> roleCodes) {
        this.roleCodes = roleCodes == null ? new ArrayList<>() : new ArrayList<>(roleCodes);
    }

    /** Service area ids as strings: the form's checkboxes submit text. */
    public List<String> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(List<String> areaIds) {
        this.areaIds = areaIds == null ? new ArrayList<>() : new ArrayList<>(areaIds);
    }
}
