package org.harbour.core.access.web;

import jakarta.annotation.PostConstruct;
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
import org.harbour.core.settings.application.ModuleSettingAdministration;
import org.harbour.core.settings.application.SettingView;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.ModuleRequirement;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Backs admin/modules.xhtml: every deployed module, its state, its settings, and where it is switched on. */
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

    @Inject
    private ModuleSettingAdministration settingAdministration;

    private List<ModuleRow> modules;
    private List<AreaColumn> areas;
    private Set<String> switchedOn;
    private final Map<String, List<SettingView>> settings = new HashMap<>();
    /** What the administrator typed, by setting name, kept when a change is refused. */
    private final Map<String, String> drafts = new HashMap<>();
    private String lastChange;

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
                    m.getRequirements().isEmpty() ? "core"
                            : "core, " + String.join(", ", m.getRequirements().stream().map(ModuleRequirement::toString).toList()),
                    report == null || report.getCurrentVersion() == null ? "none" : report.getCurrentVersion(),
                    health, healthy));
        }
        registry.modules().forEach(m -> loadSettings(m.getId()));
        areas = directory.serviceAreas().stream()
                .map(a -> new AreaColumn(a.getId(), a.getCode(), a.getName())).toList();
        refreshSwitches();
    }

    private void loadSettings(String moduleId) {
        List<SettingView> views = settingAdministration.settingsOf(moduleId);
        settings.put(moduleId, views);
        views.forEach(v -> drafts.putIfAbsent(v.getName(), v.getValue()));
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

    /**
     * Switches the module on or off for the area. The page updates only that switch and says what
     * happened in its status line, which screen readers announce, so the administrator keeps their place.
     */
    public void toggle(String moduleId, long areaId) {
        boolean on = !isOn(moduleId, areaId);
        FacesContext faces = FacesContext.getCurrentInstance();
        String area = areas.stream().filter(a -> a.id() == areaId).map(AreaColumn::name).findFirst().orElse("");
        String module = registry.find(moduleId).map(ModuleDescriptor::getName).orElse(moduleId);
        try {
            switchboard.switchModule(areaId, moduleId, on, faces.getExternalContext().getUserPrincipal().getName());
            lastChange = module + " switched " + (on ? "on" : "off") + " for " + area + ".";
        } catch (OptimisticLockException e) {
            lastChange = "Someone else changed the switch of " + module + " for " + area + " at the same moment. The page"
                    + " now shows the current state; try again if it still needs changing.";
        }
        refreshSwitches();
    }

    /** What the last switch did, for the page's status line. */
    public String getLastChange() {
        return lastChange;
    }

    /** The module's name, for confirmations. */
    public String nameOf(String moduleId) {
        return registry.find(moduleId).map(ModuleDescriptor::getName).orElse(moduleId);
    }

    /** Saves the value typed for one setting; a refused value stays in its field beside the message. */
    public void saveSetting(String moduleId, String key) {
        SettingView seen = settingsOf(moduleId).stream().filter(v -> v.getKey().equals(key)).findFirst().orElseThrow();
        String typed = drafts.get(seen.getName());
        try {
            SettingView saved = settingAdministration.change(moduleId, key, typed, seen.getVersion());
            Messages.addGlobalInfo("Setting " + saved.getName() + " is now " + saved.getValue() + ".");
            loadSettings(moduleId);
            drafts.put(saved.getName(), saved.getValue());
        } catch (InvalidInputException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EditConflictException e) {
            Messages.addGlobalWarn("Setting " + seen.getName() + ": " + e.explanation()
                    + " It now holds " + reloadKeeping(moduleId, seen, typed) + ".");
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn("Someone else changed setting " + seen.getName() + " at the same moment; nothing was saved."
                    + " It now holds " + reloadKeeping(moduleId, seen, typed) + "; save again if your value should stand.");
        }
    }

    /** Shows the setting's current value and version while keeping what the administrator typed. */
    private String reloadKeeping(String moduleId, SettingView seen, String typed) {
        loadSettings(moduleId);
        return settingsOf(moduleId).stream().filter(v -> v.getKey().equals(seen.getKey())).map(SettingView::getValue)
                .findFirst().orElse("");
    }

    public List<SettingView> settingsOf(String moduleId) {
        return settings.getOrDefault(moduleId, List.of());
    }

    /** The administrator's typed values, by setting name, bound to the page's fields. */
    public Map<String, String> getDrafts() {
        return drafts;
    }

    public List<ModuleRow> getModules() {
        return modules;
    }

    public List<AreaColumn> getAreas() {
        return areas;
    }

}
