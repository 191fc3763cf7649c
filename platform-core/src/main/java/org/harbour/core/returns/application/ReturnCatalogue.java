package org.harbour.core.returns.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.spi.module.PermissionDefinition;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.StatutoryReturn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The statutory returns the deployed modules contribute, checked once: a return must belong to a
 * deployed module, need a permission some module declares, and have an id of its own. One that
 * does not is left out and named in a SEVERE log line, so one module's mistake does not stop the
 * portal or the other returns.
 */
@ApplicationScoped
public class ReturnCatalogue {

    private static final Logger LOG = Logger.getLogger(ReturnCatalogue.class.getName());

    @Inject
    private Instance<StatutoryReturn> contributions;

    @Inject
    private Instance<PermissionDefinition> permissions;

    @Inject
    private ModuleRegistry registry;

    private Map<String, StatutoryReturn> returns;

    @PostConstruct
    void collect() {
        Set<String> declared = new HashSet<>();
        permissions.forEach(p -> declared.add(p.getCode()));
        Map<StatutoryReturn, ReturnDefinition> defined = new LinkedHashMap<>();
        for (StatutoryReturn contribution : contributions) {
            try {
                defined.put(contribution, contribution.definition());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Statutory return left out: " + contribution.getClass().getName()
                        + " cannot define itself", e);
            }
        }
        List<StatutoryReturn> byTitle = new ArrayList<>(defined.keySet());
        byTitle.sort(Comparator.comparing(r -> defined.get(r).title()));
        Map<String, StatutoryReturn> accepted = new LinkedHashMap<>();
        for (StatutoryReturn contribution : byTitle) {
            ReturnDefinition definition = defined.get(contribution);
            String problem = problem(definition, accepted.keySet(), declared, id -> registry.find(id).isPresent());
            if (problem == null) {
                accepted.put(definition.id(), contribution);
            } else {
                LOG.log(Level.SEVERE, "Statutory return left out: {0}", problem);
            }
        }
        returns = accepted;
    }

    /** Why the definition cannot join, or null when it can. */
    static String problem(ReturnDefinition definition, Collection<String> takenIds, Set<String> declaredPermissions,
                          Predicate<String> moduleDeployed) {
        if (!moduleDeployed.test(definition.moduleId())) {
            return "'" + definition.id() + "' belongs to module '" + definition.moduleId() + "', which is not deployed";
        }
        if (takenIds.contains(definition.id())) {
            return "'" + definition.id() + "' is contributed twice";
        }
        if (!declaredPermissions.contains(definition.permission())) {
            return "'" + definition.id() + "' needs the permission '" + definition.permission()
                    + "', which its module does not declare as a PermissionDefinition";
        }
        return null;
    }

    /** Every return, by title. */
    public List<StatutoryReturn> all() {
        return List.copyOf(returns.values());
    }

    public Optional<StatutoryReturn> find(String returnId) {
        return Optional.ofNullable(returnId == null ? null : returns.get(returnId));
    }
}
