package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.spi.module.NavigationEntry;

import java.util.Comparator;
import java.util.List;

/** The main navigation: Home, then the entries of the modules the user may use, in their order. */
@Named
@RequestScoped
public class NavigationMenu {

    @Inject
    private Instance<NavigationEntry> contributions;

    @Inject
    private FacesContext facesContext;

    @Inject
    private CurrentAccess access;

    private List<NavigationEntry> entries;

    public List<NavigationEntry> getEntries() {
        if (entries == null) {
            entries = contributions.stream()
                    .filter(entry -> access.shows(entry.getModuleId()))
                    .sorted(Comparator.comparingInt(NavigationEntry::getOrder).thenComparing(NavigationEntry::getLabel))
                    .toList();
        }
        return entries;
    }

    /** True when the current view belongs to the entry's module, for aria-current. */
    public boolean isCurrent(NavigationEntry entry) {
        String viewId = facesContext.getViewRoot() == null ? "" : facesContext.getViewRoot().getViewId();
        return viewId.startsWith("/" + entry.getModuleId() + "/");
    }
}
