package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.module.NavigationEntry;

import java.util.Comparator;
import java.util.List;

/** The main navigation: Home, then every entry the deployed modules contribute, in their order. */
@Named
@RequestScoped
public class NavigationMenu {

    @Inject
    private Instance<NavigationEntry> contributions;

    @Inject
    private FacesContext facesContext;

    private List<NavigationEntry> entries;

    public List<NavigationEntry> getEntries() {
        if (entries == null) {
            entries = contributions.stream()
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
