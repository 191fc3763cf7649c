package org.harbour.core.settings.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.settings.domain.DeclaredSettings;
import org.harbour.core.settings.domain.ModuleSetting;
import org.harbour.core.settings.domain.ModuleSettingId;
import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.core.spi.settings.SettingDefinition;
import org.harbour.core.spi.settings.SettingType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Module settings as modules read them: the stored value of a declared setting, or its default.
 * Read from the database each time, so a change on one cluster member applies on all at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModuleSettingStore implements ModuleSettings {

    private static final Logger LOG = Logger.getLogger(ModuleSettingStore.class.getName());

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private Instance<SettingDefinition> definitions;

    @Inject
    private ModuleRegistry registry;

    private DeclaredSettings declared;

    @PostConstruct
    void gather() {
        declared = DeclaredSettings.of(definitions.stream().toList(),
                registry.modules().stream().map(ModuleDescriptor::getId).collect(Collectors.toSet()));
    }

    /** Every setting the deployed modules declare. */
    public DeclaredSettings declared() {
        return declared;
    }

    /** A module's declared settings with their values, by key. */
    public List<SettingView> viewsOf(String moduleId) {
        Map<String, ModuleSetting> rows = em.createQuery(
                        "select s from ModuleSetting s where s.moduleId = :id", ModuleSetting.class)
                .setParameter("id", moduleId)
                .getResultStream()
                .collect(Collectors.toMap(ModuleSetting::getKey, Function.identity()));
        return declared.of(moduleId).stream()
                .map(d -> SettingView.of(d, valueOf(d, rows.get(d.getKey())), rows.get(d.getKey())))
                .toList();
    }

    @Override
    public SettingDefinition definition(String moduleId, String key) {
        return declared.get(moduleId, key);
    }

    @Override
    public String text(String moduleId, String key) {
        SettingDefinition definition = declared.get(moduleId, key);
        return valueOf(definition, em.find(ModuleSetting.class, new ModuleSettingId(moduleId, key)));
    }

    @Override
    public int intValue(String moduleId, String key) {
        return Integer.parseInt(read(moduleId, key, "a whole number", SettingType.WHOLE_NUMBER));
    }

    @Override
    public BigDecimal decimalValue(String moduleId, String key) {
        return new BigDecimal(read(moduleId, key, "a number", SettingType.DECIMAL, SettingType.WHOLE_NUMBER));
    }

    @Override
    public boolean booleanValue(String moduleId, String key) {
        return Boolean.parseBoolean(read(moduleId, key, "yes or no", SettingType.BOOLEAN));
    }

    @Override
    public Timescale timescale(String moduleId, String key) {
        String text = read(moduleId, key, "a timescale", SettingType.TIMESCALE);
        return SettingType.timescaleOf(key, text).orElseThrow();
    }

    private String read(String moduleId, String key, String asKind, SettingType... kinds) {
        SettingDefinition definition = declared.get(moduleId, key);
        if (!List.of(kinds).contains(definition.getType())) {
            throw new IllegalArgumentException("Setting '" + definition.name() + "' is declared as "
                    + definition.getType().getLabel().toLowerCase() + " and cannot be read as " + asKind);
        }
        return valueOf(definition, em.find(ModuleSetting.class, new ModuleSettingId(moduleId, key)));
    }

    /** The stored value in its normal form; the default when there is none or it is no longer allowed. */
    private static String valueOf(SettingDefinition definition, ModuleSetting row) {
        if (row == null) {
            return definition.getDefaultValue();
        }
        if (!definition.allows(row.getValue())) {
            LOG.warning(() -> "Setting " + definition.name() + " holds '" + row.getValue() + "', which is not "
                    + definition.allowed() + "; using the default " + definition.getDefaultValue());
            return definition.getDefaultValue();
        }
        return definition.getType().normalise(row.getValue()).orElseThrow();
    }
}
