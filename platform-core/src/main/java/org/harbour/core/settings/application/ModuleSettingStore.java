package org.harbour.core.settings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.settings.domain.ModuleSetting;
import org.harbour.core.settings.domain.ModuleSettingId;
import org.harbour.core.spi.settings.ModuleSettings;

import java.util.List;
import java.util.Optional;

/** Read access to module settings; each module reads its own by id. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModuleSettingStore implements ModuleSettings {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public List<ModuleSetting> forModule(String moduleId) {
        return em.createQuery("select s from ModuleSetting s where s.moduleId = :id order by s.key", ModuleSetting.class)
                .setParameter("id", moduleId)
                .getResultList();
    }

    @Override
    public Optional<String> value(String moduleId, String key) {
        return Optional.ofNullable(em.find(ModuleSetting.class, new ModuleSettingId(moduleId, key)))
                .map(ModuleSetting::getValue);
    }
}
