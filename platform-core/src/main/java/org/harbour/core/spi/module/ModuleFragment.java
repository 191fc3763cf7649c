package org.harbour.core.spi.module;

import java.io.Serializable;
import java.util.Objects;

/** A titled Facelets fragment from a module's JAR that the shell places on one of its pages. */
public abstract class ModuleFragment implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final String title;
    private final String fragment;
    private final int order;

    protected ModuleFragment(String moduleId, String title, String fragment, int order) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.title = Objects.requireNonNull(title, "title");
        this.fragment = Objects.requireNonNull(fragment, "fragment");
        this.order = order;
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

    /** Lower comes first. */
    public int getOrder() {
        return order;
    }
}
