package org.harbour.core.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/**
 * The signed-in member of staff as the header shows them. Kept small and serializable:
 * sessions are replicated across the cluster.
 */
@Named
@SessionScoped
public class CurrentStaff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffDirectory directory;

    private String username;
    private String displayName;
    private String jobTitle;
    private List<String> serviceAreas = List.of();
    private List<String> roles = List.of();

    private void load() {
        Principal caller = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        String name = caller == null ? null : caller.getName();
        if (name == null || name.equals(username)) {
            return;
        }
        StaffUser user = directory.findByUsername(name).orElseThrow();
        username = user.getUsername();
        displayName = user.getDisplayName();
        jobTitle = user.getJobTitle();
        serviceAreas = user.getServiceAreas().stream().map(ServiceArea::getName).sorted().toList();
        roles = user.getRoles().stream().map(Role::getName).sorted().toList();
    }

    public String getUsername() {
        load();
        return username;
    }

    public String getDisplayName() {
        load();
        return displayName;
    }

    public String getJobTitle() {
        load();
        return jobTitle;
    }

    public List<String> getServiceAreas() {
        load();
        return serviceAreas;
    }

    /** Service areas as one short line for the header: their names, or how many when there are many. */
    public String getServiceAreaSummary() {
        load();
        return serviceAreas.size() <= 2 ? String.join(", ", serviceAreas) : serviceAreas.size() + " service areas";
    }

    /** Every service area, for the header's tooltip. */
    public String getServiceAreaList() {
        load();
        return String.join(", ", serviceAreas);
    }

    public List<String> getRoles() {
        load();
        return roles;
    }
}
