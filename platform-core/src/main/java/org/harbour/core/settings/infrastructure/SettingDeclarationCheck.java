package org.harbour.core.settings.infrastructure;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import org.harbour.core.module.ModuleDefinitionException;
import org.harbour.core.module.ModuleDiscoveryExtension;
import org.harbour.core.settings.domain.DeclaredSettings;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.settings.SettingDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fails the deployment, like a wrong module descriptor, when the modules' setting declarations
 * are wrong: a default outside its own bounds, a key declared twice, a setting of a module that
 * is not deployed. Declarations are producer results, so they are read once the beans are
 * validated; the checks themselves are {@link DeclaredSettings}'.
 */
public class SettingDeclarationCheck implements Extension {

    // Kept from discovery: an extension's bean manager cannot look beans of the module JARs up by type.
    private final List<Bean<?>> declarations = new ArrayList<>();

    void collect(@Observes ProcessBean<?> event) {
        if (event.getBean().getTypes().contains(SettingDefinition.class)) {
            declarations.add(event.getBean());
        }
    }

    void check(@Observes AfterDeploymentValidation event, BeanManager beans) {
        List<SettingDefinition> definitions = new ArrayList<>();
        for (Bean<?> bean : declarations) {
            try {
                definitions.add((SettingDefinition) beans.getReference(bean, SettingDefinition.class,
                        beans.createCreationalContext(bean)));
            } catch (RuntimeException e) {
                event.addDeploymentProblem(new ModuleDefinitionException("A setting declared by "
                        + bean.getBeanClass().getName() + " is wrong: " + rootMessage(e)));
            }
        }
        List<ModuleDescriptor> deployed = beans.getExtension(ModuleDiscoveryExtension.class).graph().ordered();
        DeclaredSettings.of(definitions, deployed.stream().map(ModuleDescriptor::getId).collect(Collectors.toSet()))
                .problems().forEach(problem -> event.addDeploymentProblem(new ModuleDefinitionException(problem)));
        declarations.clear();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
