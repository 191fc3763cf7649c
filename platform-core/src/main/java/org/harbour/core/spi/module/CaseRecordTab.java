package org.harbour.core.spi.module;

/**
 * What a module knows about a child, as a tab of the child's record. The fragment reads the
 * child's person id from the {@code personId} parameter the record page passes it.
 */
public final class CaseRecordTab extends ModuleFragment {

    private static final long serialVersionUID = 1L;

    public CaseRecordTab(String moduleId, String title, String fragment, int order) {
        super(moduleId, title, fragment, order);
    }
}
