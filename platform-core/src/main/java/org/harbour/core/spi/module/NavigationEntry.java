package org.harbour.core.spi.module;

import java.io.Serializable;
import java.util.Objects;

/**
 * A link in the portal's main navigation, contributed by a module as a CDI bean
 * (typically a producer method on the module descriptor).
 */
public final class NavigationEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final String label;
    private final String path;
    private final String icon;
    private final int order;

    public NavigationEntry(String moduleId, String label, String path, String icon, int order) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.label = Objects.requireNonNull(label, "label");
        this.path = Objects.requireNonNull(path, "path");
        this.icon = icon;
        this.order = order;
    }

    /** The module's landing page as its navigation entry. */
    public static NavigationEntry landingPage(ModuleDescriptor module, String icon, int order) {
        return new NavigationEntry(module.getId(), module.getName(), module.getLandingPage(), icon, order);
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getLabel() {
        return label;
    }

    /** View path relative to the portal root, e.g. {@code /send/index.xhtml}. */
    public String getPath() {
        return path;
    }

    /** PrimeIcons class, e.g. {@code pi pi-briefcase}. */
    public String getIcon() {
        return icon;
    }

    public int getOrder() {
        return order;
    }
}
