package org.harbour.core.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.harbour.core.spi.module.ModuleDescriptor;

import java.util.List;
import java.util.Optional;

/** The deployed modules, in dependency order. Which are switched on for whom is decided elsewhere. */
@ApplicationScoped
public class ModuleRegistry {

    private List<ModuleDescriptor> modules = List.of();

    protected ModuleRegistry() {
        // for CDI proxies
    }

    @Inject
    public ModuleRegistry(BeanManager beanManager) {
        this.modules = beanManager.getExtension(ModuleDiscoveryExtension.class).graph().ordered();
    }

    /** Deployed modules, each after the modules it requires. */
    public List<ModuleDescriptor> modules() {
        return modules;
    }

    public Optional<ModuleDescriptor> find(String id) {
        return modules.stream().filter(m -> m.getId().equals(id)).findFirst();
    }
}
