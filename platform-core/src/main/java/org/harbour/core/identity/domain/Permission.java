package org.harbour.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A permission ({@code <module>:<action>}) known to this installation. */
@Entity
@Table(name = "core_permission")
public class Permission {

    @Id
    @Column(length = 80)
    private String code;

    @Column(name = "module_id", nullable = false, length = 40)
    private String moduleId;

    @Column(nullable = false, length = 400)
    private String description;

    protected Permission() {
    }

    public Permission(String code, String moduleId, String description) {
        this.code = code;
        this.moduleId = moduleId;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getDescription() {
        return description;
    }
}
