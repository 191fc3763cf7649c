package org.harbour.core.settings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.settings.domain.ModuleSetting;
import org.harbour.core.settings.domain.ModuleSettingId;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.settings.SettingDefinition;
import org.harbour.core.spi.settings.SettingType;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Administrators' changes to module settings: checked against the declaration, audited, never overwriting a newer change. */
@ApplicationScoped
public class ModuleSettingAdministration {

    static final String AUDIT_ACTION = "MODULE_SETTING";
    static final String AUDIT_RECORD = "module-setting";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private ModuleSettingStore store;

    @Inject
    private StaffDirectory directory;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext security;

    private final Clock clock = Clock.systemUTC();

    @Requires(CorePermissions.ADMINISTER)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SettingView> settingsOf(String moduleId) {
        return store.viewsOf(moduleId);
    }

    /**
     * Sets a module setting to an administrator's value.
     *
     * @param expectedVersion the version of the setting the administrator saw
     * @throws InvalidInputException naming the setting and what is allowed; nothing is saved
     * @throws EditConflictException when someone changed the setting since it was read
     */
    @Requires(CorePermissions.ADMINISTER)
    @Transactional
    public SettingView change(String moduleId, String key, String value, long expectedVersion) {
        SettingDefinition definition = store.definition(moduleId, key);
        String checked;
        try {
            checked = definition.check(value);
            requireKnownServiceArea(definition, checked);
        } catch (InvalidInputException e) {
            audit.failure(AUDIT_ACTION, AUDIT_RECORD, definition.name(), e.getMessage());
            throw e;
        }
        ModuleSetting row = em.find(ModuleSetting.class, new ModuleSettingId(moduleId, key));
        if (row == null) {
            row = ModuleSetting.defaultOf(definition);
            em.persist(row);
        }
        if (row.getVersion() != expectedVersion) {
            throw new EditConflictException(row.getUpdatedBy(), row.getUpdatedAt(), row.getVersion());
        }
        String before = row.getValue();
        if (!before.equals(checked)) {
            row.change(checked, actor(), Instant.now(clock));
            em.flush(); // a change committed since the read fails here, as a conflict, before anything is audited
            audit.success(AUDIT_ACTION, AUDIT_RECORD, definition.name(), "Changed from " + before + " to " + checked);
        }
        return SettingView.of(definition, checked, row);
    }

    private void requireKnownServiceArea(SettingDefinition definition, String code) {
        if (definition.getType() == SettingType.SERVICE_AREA_CODE
                && directory.serviceAreas().stream().noneMatch(a -> a.getCode().equals(code))) {
            throw new InvalidInputException(definition.getKey(), "Setting " + definition.name()
                    + ": there is no service area with the code " + code + "; enter " + definition.allowed()
                    + ". Nothing was saved.");
        }
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? AuditLog.SYSTEM : caller.getName();
    }
}
