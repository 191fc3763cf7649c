package org.harbour.core.access.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.harbour.core.spi.persistence.Stamp;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Whether a service area has a deployed module switched on; no row means off. */
@Entity
@IdClass(ModuleEnablement.Key.class)
@Table(name = "core_module_enablement")
public class ModuleEnablement {

    @Id
    @Column(name = "service_area_id")
    private Long serviceAreaId;

    @Id
    @Column(name = "module_id", length = 40)
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    @Embedded
    @AttributeOverride(name = "updatedBy", column = @Column(name = "changed_by", nullable = false, length = 80))
    @AttributeOverride(name = "updatedAt", column = @Column(name = "changed_at", nullable = false))
    private Stamp stamp;

    @Version
    private long version;

    protected ModuleEnablement() {
    }

    public ModuleEnablement(Long serviceAreaId, String moduleId) {
        this.serviceAreaId = serviceAreaId;
        this.moduleId = moduleId;
    }

    public void set(boolean on, String by, Instant at) {
        this.enabled = on;
        this.stamp = Stamp.of(by, at);
    }

    public Long getServiceAreaId() {
        return serviceAreaId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getChangedBy() {
        return stamp == null ? null : stamp.getUpdatedBy();
    }

    public Instant getChangedAt() {
        return stamp == null ? null : stamp.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }

    /** Composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long serviceAreaId;
        private String moduleId;

        public Key() {
        }

        public Key(Long serviceAreaId, String moduleId) {
            this.serviceAreaId = serviceAreaId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(serviceAreaId, k.serviceAreaId)
                    && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(serviceAreaId, moduleId);
        }
    }
}
