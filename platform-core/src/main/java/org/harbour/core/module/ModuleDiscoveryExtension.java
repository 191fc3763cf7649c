package org.harbour.core.module;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.PlatformModule;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every {@link PlatformModule} descriptor while CDI scans the deployment and fails
 * the deployment, naming the module, when the set is invalid. No business logic here:
 * the result is handed to {@link ModuleRegistry}.
 */
public class ModuleDiscoveryExtension implements Extension {

    private final List<ModuleDescriptor> discovered = new ArrayList<>();
    private volatile ModuleGraph graph = ModuleGraph.of(List.of());

    <T> void collect(@Observes @WithAnnotations(PlatformModule.class) ProcessAnnotatedType<T> event) {
        Class<T> type = event.getAnnotatedType().getJavaClass();
        PlatformModule annotation = type.getAnnotation(PlatformModule.class);
        if (annotation != null) {
            discovered.add(ModuleDescriptor.of(annotation, type));
        }
    }

    void validate(@Observes AfterBeanDiscovery event) {
        graph = ModuleGraph.of(discovered);
        for (String problem : graph.problems()) {
            event.addDefinitionError(new ModuleDefinitionException(problem));
        }
    }

    /** The validated descriptors, for the registry and for checks made once the beans exist. */
    public ModuleGraph graph() {
        return graph;
    }
}
