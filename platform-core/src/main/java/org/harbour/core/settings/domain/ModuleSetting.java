package org.harbour.core.settings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.harbour.core.spi.persistence.Stamp;
import org.harbour.core.spi.settings.SettingDefinition;

import java.time.Instant;

/**
 * The stored value of a setting a module declares ({@link SettingDefinition}): a caseload cap, a
 * cost threshold. Stored as data so every cluster member sees the same; the platform adds the
 * row with the declared default the first time it sees the declaration, and administrators
 * change it from there.
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

    @Embedded
    private Stamp stamp;

    @Version
    private long version;

    protected ModuleSetting() {
    }

    /** The row of a newly seen declaration, holding its default. */
    public static ModuleSetting defaultOf(SettingDefinition definition) {
        ModuleSetting setting = new ModuleSetting();
        setting.moduleId = definition.getModuleId();
        setting.key = definition.getKey();
        setting.value = definition.getDefaultValue();
        setting.description = definition.getDescription();
        return setting;
    }

    /** An administrator's change; the value must already be checked against the declaration. */
    public void change(String checkedValue, String by, Instant at) {
        this.value = checkedValue;
        this.stamp = Stamp.of(by, at);
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

    public String getDescription() {
        return description;
    }

    public String getUpdatedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getUpdatedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }
}
