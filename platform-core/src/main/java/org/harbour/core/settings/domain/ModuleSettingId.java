package org.harbour.core.settings.domain;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of {@link ModuleSetting}. */
public class ModuleSettingId implements Serializable {

    private static final long serialVersionUID = 1L;

    private String moduleId;
    private String key;

    public ModuleSettingId() {
    }

    public ModuleSettingId(String moduleId, String key) {
        this.moduleId = moduleId;
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleSettingId other && Objects.equals(moduleId, other.moduleId)
                && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(moduleId, key);
    }
}
