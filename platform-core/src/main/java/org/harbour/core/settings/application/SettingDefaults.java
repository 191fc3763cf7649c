package org.harbour.core.settings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.schema.SchemaReady;
import org.harbour.core.settings.domain.ModuleSetting;
import org.harbour.core.settings.domain.ModuleSettingId;
import org.harbour.core.spi.settings.SettingDefinition;

import java.util.logging.Logger;

/**
 * Stores the default of every declared setting that has no value yet, once the schema is ready
 * (under the cluster's start-up lock). A value already stored is the administrator's and stays.
 */
@ApplicationScoped
public class SettingDefaults {

    private static final Logger LOG = Logger.getLogger(SettingDefaults.class.getName());

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private ModuleSettingStore store;

    @Transactional
    void storeMissing(@Observes SchemaReady ready) {
        for (SettingDefinition definition : store.declared().all()) {
            if (em.find(ModuleSetting.class, new ModuleSettingId(definition.getModuleId(), definition.getKey())) == null) {
                em.persist(ModuleSetting.defaultOf(definition));
                LOG.info(() -> "New setting " + definition.name() + " stored with its default " + definition.getDefaultValue());
            }
        }
    }
}
