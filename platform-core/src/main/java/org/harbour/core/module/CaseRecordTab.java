package org.harbour.core.module;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a module knows about a child, as a tab of the child's record. The fragment reads the
 * child's person id from the {@code personId} parameter the record page passes it.
 */
public final class CaseRecordTab implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final String title;
    private final String fragment;
    private final int order;

    public CaseRecordTab(String moduleId, String title, String fragment, int order) {
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

    public String getFragment() {
        return fragment;
    }

    public int getOrder() {
        return order;
    }
}
