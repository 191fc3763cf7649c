package org.harbour.core.settings.application;

import org.harbour.core.settings.domain.ModuleSetting;
import org.harbour.core.spi.settings.SettingDefinition;

import java.io.Serializable;
import java.time.Instant;

/** A declared setting with its stored value, as the modules page and landing pages show it. */
public record SettingView(String moduleId, String key, String description, String type, String allowed,
                          String defaultValue, String value, long version, String updatedBy, Instant updatedAt)
        implements Serializable {

    static SettingView of(SettingDefinition definition, String value, ModuleSetting row) {
        String bounds = definition.getBounds();
        return new SettingView(definition.getModuleId(), definition.getKey(), definition.getDescription(),
                definition.getType().getLabel(), bounds.isEmpty() ? definition.getType().expected() : bounds,
                definition.getDefaultValue(), value, row == null ? 0 : row.getVersion(),
                row == null ? null : row.getUpdatedBy(), row == null ? null : row.getUpdatedAt());
    }

    public String getModuleId() { return moduleId; }
    public String getKey() { return key; }
    public String getDescription() { return description; }
    public String getType() { return type; }
    public String getAllowed() { return allowed; }
    public String getDefaultValue() { return defaultValue; }
    public String getValue() { return value; }
    public long getVersion() { return version; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** {@code <module id>.<key>}. */
    public String getName() {
        return moduleId + "." + key;
    }

    public boolean isDefault() {
        return defaultValue.equals(value);
    }
}
