package org.harbour.core.spi.module;

/**
 * A panel a module shows on its landing page, and on the home page when asked: rendered only
 * for staff who may use the module. The fragment gets the module's id as {@code moduleId}.
 */
public final class DashboardWidget extends ModuleFragment {

    private static final long serialVersionUID = 1L;

    private final boolean onHomePage;

    /**
     * @param fragment   Facelets path of the fragment in the module's JAR
     * @param onHomePage also shown on the home page, not only on the module's landing page
     */
    public DashboardWidget(String moduleId, String title, String fragment, int order, boolean onHomePage) {
        super(moduleId, title, fragment, order);
        this.onHomePage = onHomePage;
    }

    /** The settings table every module can show on its landing page. */
    public static DashboardWidget moduleSettings(ModuleDescriptor module) {
        return new DashboardWidget(module.getId(), "Settings", "/WEB-INF/includes/module-settings-widget.xhtml", 90, false);
    }

    public boolean isOnHomePage() {
        return onHomePage;
    }
}
