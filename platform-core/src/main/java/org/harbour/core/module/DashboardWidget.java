package org.harbour.core.module;

import java.io.Serializable;
import java.util.Objects;

/**
 * A panel a module shows on the home page and on its own landing page: a Facelets fragment
 * in the module's JAR, rendered only for staff who may use the module.
 */
public final class DashboardWidget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final String title;
    private final String fragment;
    private final int order;
    private final boolean onHomePage;

    /**
     * @param fragment   Facelets path of the fragment in the module's JAR
     * @param onHomePage also shown on the home page, not only on the module's landing page
     */
    public DashboardWidget(String moduleId, String title, String fragment, int order, boolean onHomePage) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.title = Objects.requireNonNull(title, "title");
        this.fragment = Objects.requireNonNull(fragment, "fragment");
        this.order = order;
        this.onHomePage = onHomePage;
    }

    /** The settings table every module can show on its landing page. */
    public static DashboardWidget moduleSettings(ModuleDescriptor module) {
        return new DashboardWidget(module.getId(), "Settings", "/WEB-INF/includes/module-settings-widget.xhtml", 90, false);
    }

    public boolean isOnHomePage() {
        return onHomePage;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getTitle() {
        return title;
    }

    /** Facelets path of the fragment, e.g. {@code /send/widgets/plans.xhtml}. */
    public String getFragment() {
        return fragment;
    }

    public int getOrder() {
        return order;
    }
}
