package org.harbour.core.settings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A setting a module's staff may tune (a caseload cap, a cost threshold). Each module seeds its
 * own defaults through its migrations; the value is data, so every cluster member sees the same.
 */
@Entity
@IdClass(ModuleSettingId.class)
@Table(name = "core_module_setting")
public class ModuleSetting {

    @Id
    @Column(name = "module_id", length = 40)
    private String moduleId;

    @Id
    @Column(name = "setting_key", length = 80)
    private String key;

    @NotBlank
    @Size(max = 400)
    @Column(name = "setting_value", nullable = false, length = 400)
    private String value;

    @Column(nullable = false, length = 400)
    private String description;

    @Version
    private long version;

    protected ModuleSetting() {
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
