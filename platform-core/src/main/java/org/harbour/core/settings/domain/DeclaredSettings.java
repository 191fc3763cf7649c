package org.harbour.core.settings.domain;

import org.harbour.core.spi.settings.SettingDefinition;
import org.harbour.core.spi.settings.UndeclaredSettingException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting the deployed modules declare, by module and key, and what is wrong with the set
 * (a key declared twice, a setting of a module that is not deployed). Pure logic, so the checks
 * the portal makes when it deploys are tested without a container.
 */
public final class DeclaredSettings {

    private final Map<String, SettingDefinition> byName;
    private final List<String> problems;

    private DeclaredSettings(Map<String, SettingDefinition> byName, List<String> problems) {
        this.byName = byName;
        this.problems = problems;
    }

    public static DeclaredSettings of(Collection<SettingDefinition> definitions, Set<String> deployedModules) {
        Map<String, SettingDefinition> byName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        definitions.stream().sorted(Comparator.comparing(SettingDefinition::name)).forEach(d -> {
            if (!deployedModules.contains(d.getModuleId())) {
                problems.add("Setting " + d.name() + " belongs to module '" + d.getModuleId()
                        + "', which is not deployed: a module declares only its own settings.");
            } else if (byName.putIfAbsent(d.name(), d) != null) {
                problems.add("Setting " + d.name() + " is declared twice.");
            }
        });
        return new DeclaredSettings(Map.copyOf(byName), List.copyOf(problems));
    }

    /** @throws UndeclaredSettingException when the module declared no such setting */
    public SettingDefinition get(String moduleId, String key) {
        SettingDefinition definition = byName.get(moduleId + "." + key);
        if (definition == null) {
            throw UndeclaredSettingException.notDeclared(moduleId, key);
        }
        return definition;
    }

    /** A module's settings, by key. */
    public List<SettingDefinition> of(String moduleId) {
        return byName.values().stream().filter(d -> d.getModuleId().equals(moduleId))
                .sorted(Comparator.comparing(SettingDefinition::getKey)).toList();
    }

    public Collection<SettingDefinition> all() {
        return byName.values();
    }

    public List<String> problems() {
        return problems;
    }
}
