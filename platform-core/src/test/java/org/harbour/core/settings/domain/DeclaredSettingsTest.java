package org.harbour.core.settings.domain;

import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.settings.SettingDefinition;
import org.harbour.core.spi.settings.UndeclaredSettingException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclaredSettingsTest {

    private static ModuleDescriptor module(String id) {
        return new ModuleDescriptor(id, id, "1.0.0", "", List.of(), "test." + id);
    }

    private static SettingDefinition weeks(String moduleId, String key) {
        return SettingDefinition.wholeNumber(module(moduleId), key, 6, "Weeks");
    }

    @Test
    void findsEachSettingByModuleAndKey() {
        DeclaredSettings declared = DeclaredSettings.of(
                List.of(weeks("send", "final-plan-weeks"), weeks("send", "decision-to-assess-weeks"), weeks("pause", "programme-months")),
                Set.of("send", "pause"));

        assertThat(declared.problems()).isEmpty();
        assertThat(declared.get("send", "final-plan-weeks").getKey()).isEqualTo("final-plan-weeks");
        assertThat(declared.of("send")).extracting(SettingDefinition::getKey)
                .containsExactly("decision-to-assess-weeks", "final-plan-weeks");
    }

    @Test
    void anUndeclaredKeyIsAProgrammingErrorNamingIt() {
        DeclaredSettings declared = DeclaredSettings.of(List.of(weeks("send", "final-plan-weeks")), Set.of("send", "pause"));

        assertThatThrownBy(() -> declared.get("pause", "final-plan-weeks"))
                .isInstanceOf(UndeclaredSettingException.class)
                .hasMessageContaining("'pause.final-plan-weeks' is not declared");
    }

    @Test
    void aKeyDeclaredTwiceAndASettingOfAModuleNotDeployedAreProblems() {
        DeclaredSettings declared = DeclaredSettings.of(
                List.of(weeks("send", "final-plan-weeks"), weeks("send", "final-plan-weeks"), weeks("finance", "x")),
                Set.of("send"));

        assertThat(declared.problems()).containsExactly(
                "Setting finance.x belongs to module 'finance', which is not deployed: a module declares only its own settings.",
                "Setting send.final-plan-weeks is declared twice.");
    }
}
