package org.harbour.core.settings.infrastructure;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import org.harbour.core.module.ModuleDefinitionException;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.settings.domain.DeclaredSettings;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.settings.SettingDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fails the deployment, like a wrong module descriptor, when the modules' setting declarations
 * are wrong: a default outside its own bounds, a key declared twice, a setting of a module that
 * is not deployed. Declarations are producer results, so they can be read only once the beans are
 * validated; the checks themselves are {@link DeclaredSettings}'.
 */
public class SettingDeclarationCheck implements Extension {

    void check(@Observes AfterDeploymentValidation event, BeanManager beans) {
        List<SettingDefinition> definitions = new ArrayList<>();
        Instance<SettingDefinition> declared = beans.createInstance().select(SettingDefinition.class);
        for (Instance.Handle<SettingDefinition> handle : declared.handles()) {
            try {
                definitions.add(handle.get());
            } catch (RuntimeException e) {
                event.addDeploymentProblem(new ModuleDefinitionException("A setting declared by "
                        + handle.getBean().getBeanClass().getName() + " is wrong: " + rootMessage(e)));
            }
        }
        ModuleRegistry registry = beans.createInstance().select(ModuleRegistry.class).get();
        DeclaredSettings.of(definitions, registry.modules().stream().map(ModuleDescriptor::getId).collect(Collectors.toSet()))
                .problems().forEach(problem -> event.addDeploymentProblem(new ModuleDefinitionException(problem)));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
