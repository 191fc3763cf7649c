package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.settings.application.ModuleSettingStore;
import org.harbour.core.settings.application.SettingView;
import org.harbour.core.spi.module.ModuleDescriptor;

import java.util.List;

/**
 * Backs the part every module landing page shares: the module's name, description and settings.
 * The module is the first segment of the view id ({@code /send/index.xhtml} is module {@code send}).
 */
@Named
@RequestScoped
public class ModuleLandingPage {

    @Inject
    private ModuleRegistry registry;

    @Inject
    private ModuleSettingStore settings;

    @Inject
    private FacesContext facesContext;

    private ModuleDescriptor module;
    private List<SettingView> moduleSettings;

    public ModuleDescriptor getModule() {
        if (module == null) {
            String viewId = facesContext.getViewRoot().getViewId();
            String id = viewId.substring(1, Math.max(1, viewId.indexOf('/', 1)));
            module = registry.find(id).orElseThrow(() -> new IllegalStateException("No module for view " + viewId));
        }
        return module;
    }

    /** A module's declared settings and their values, for the settings widget each module shows on its landing page. */
    public List<SettingView> settingsOf(String moduleId) {
        if (moduleSettings == null) {
            moduleSettings = settings.viewsOf(moduleId);
        }
        return moduleSettings;
    }
}
