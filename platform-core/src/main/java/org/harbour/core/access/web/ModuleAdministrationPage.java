package org.harbour.core.access.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.harbour.core.access.application.ModuleSwitchboard;
import org.harbour.core.access.domain.ModuleEnablement;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.schema.MigrationReport;
import org.harbour.core.schema.SchemaMigrator;
import org.harbour.core.spi.module.ModuleDescriptor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Backs admin/modules.xhtml: every deployed module, its state, and where it is switched on. */
@Named
@ViewScoped
public class ModuleAdministrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private ModuleSwitchboard switchboard;

    @Inject
    private StaffDirectory directory;

    @Inject
    private SchemaMigrator migrator;

    private List<ModuleRow> modules;
    private List<AreaColumn> areas;
    private Set<String> switchedOn;

    /** A module as the page lists it. */
    public record ModuleRow(String id, String name, String version, String description, String requires,
                            String schemaVersion, String health, boolean healthy) implements Serializable {
        public String getId() { return id; }
        public String getName() { return name; }
        public String getVersion() { return version; }
        public String getDescription() { return description; }
        public String getRequires() { return requires; }
        public String getSchemaVersion() { return schemaVersion; }
        public String getHealth() { return health; }
        public boolean isHealthy() { return healthy; }
    }

    /** A service area, one column of the matrix. */
    public record AreaColumn(long id, String code, String name) implements Serializable {
        public long getId() { return id; }
        public String getCode() { return code; }
        public String getName() { return name; }
    }

    @PostConstruct
    void load() {
        List<MigrationReport> reports = migrator.reports();
        modules = new ArrayList<>();
        for (ModuleDescriptor m : registry.modules()) {
            MigrationReport report = reports.stream().filter(r -> r.getModuleId().equals(m.getId())).findFirst()
                    .orElse(null);
            boolean healthy = report != null && report.getPending() == 0;
            String health = report == null
                    ? "Schema not migrated" + (migrator.failure() == null ? "" : ": " + migrator.failure())
                    : report.getPending() == 0 ? "Healthy" : report.getPending() + " migration(s) pending";
            modules.add(new ModuleRow(m.getId(), m.getName(), m.getVersion(), m.getDescription(),
                    m.getRequires().isEmpty() ? "core" : "core, " + String.join(", ", m.getRequires()),
                    report == null || report.getCurrentVersion() == null ? "none" : report.getCurrentVersion(),
                    health, healthy));
        }
        areas = directory.serviceAreas().stream()
                .map(a -> new AreaColumn(a.getId(), a.getCode(), a.getName())).toList();
        refreshSwitches();
    }

    private void refreshSwitches() {
        switchedOn = new HashSet<>();
        for (ModuleEnablement e : switchboard.all()) {
            if (e.isEnabled()) {
                switchedOn.add(key(e.getModuleId(), e.getServiceAreaId()));
            }
        }
    }

    private static String key(String moduleId, long areaId) {
        return moduleId + "|" + areaId;
    }

    public boolean isOn(String moduleId, long areaId) {
        return switchedOn.contains(key(moduleId, areaId));
    }

    /** Areas where the module is on, as one line. */
    public String whereOn(String moduleId) {
        List<String> names = areas.stream().filter(a -> isOn(moduleId, a.id())).map(AreaColumn::name).toList();
        return names.isEmpty() ? "No service area" : String.join(", ", names);
    }

    public void toggle(String moduleId, long areaId) {
        boolean on = !isOn(moduleId, areaId);
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            switchboard.switchModule(areaId, moduleId, on, faces.getExternalContext().getUserPrincipal().getName());
            String area = areas.stream().filter(a -> a.id() == areaId).map(AreaColumn::name).findFirst().orElse("");
            String module = registry.find(moduleId).map(ModuleDescriptor::getName).orElse(moduleId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    module + " switched " + (on ? "on" : "off") + " for " + area + ".", null));
        } catch (OptimisticLockException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "Someone else changed this switch at the same moment. The page now shows the current state;"
                            + " try again if it still needs changing.", null));
        }
        refreshSwitches();
    }

    public List<ModuleRow> getModules() {
        return modules;
    }

    public List<AreaColumn> getAreas() {
        return areas;
    }

}
