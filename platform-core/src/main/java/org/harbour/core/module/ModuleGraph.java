package org.harbour.core.module;

import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.ModuleRequirement;
import org.harbour.core.spi.module.ModuleVersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a set of module descriptors (ids, versions, requirements and the versions they
 * name, cycles) and orders them so that every module comes after the modules it requires. Pure logic, so deployment problems can be tested without a container.
 */
public final class ModuleGraph {

    /** The platform itself; every module implicitly depends on it. */
    public static final String CORE_ID = ModuleDescriptor.CORE_ID;

    private final List<ModuleDescriptor> ordered;
    private final List<String> problems;

    private ModuleGraph(List<ModuleDescriptor> ordered, List<String> problems) {
        this.ordered = ordered;
        this.problems = problems;
    }

    public static ModuleGraph of(List<ModuleDescriptor> descriptors) {
        List<String> problems = new ArrayList<>();
        Map<String, ModuleDescriptor> byId = new LinkedHashMap<>();
        for (ModuleDescriptor d : descriptors) {
            if (!ModuleDescriptor.isValidId(d.getId())) {
                problems.add("Module " + d.getDeclaringClass() + " has an invalid id '" + d.getId()
                        + "': use lower-case letters, digits and single hyphens, starting with a letter"
                        + " ('" + CORE_ID + "' is reserved).");
                continue;
            }
            ModuleDescriptor previous = byId.putIfAbsent(d.getId(), d);
            if (previous != null) {
                problems.add("Module id '" + d.getId() + "' is declared twice: by "
                        + previous.getDeclaringClass() + " and by " + d.getDeclaringClass() + ".");
            }
        }
        List<ModuleDescriptor> wellFormed = new ArrayList<>();
        for (ModuleDescriptor d : byId.values()) {
            if (isWellFormed(d, problems)) {
                wellFormed.add(d);
            }
        }
        for (ModuleDescriptor d : wellFormed) {
            for (ModuleRequirement required : d.getRequirements()) {
                checkRequirement(d, required, byId, problems);
            }
        }
        List<ModuleDescriptor> ordered = new ArrayList<>();
        if (problems.isEmpty()) {
            order(byId, ordered, problems);
        }
        return new ModuleGraph(List.copyOf(ordered), List.copyOf(problems));
    }

    /** A version and requirements the graph can read; otherwise a problem naming what to write. */
    private static boolean isWellFormed(ModuleDescriptor d, List<String> problems) {
        boolean ok = true;
        if (!ModuleVersion.isValid(d.getVersion())) {
            problems.add("Module '" + d.getId() + "' has an invalid version '" + d.getVersion()
                    + "': write up to three numbers with dots, e.g. 1.2.0.");
            ok = false;
        }
        try {
            d.getRequirements();
        } catch (IllegalArgumentException e) {
            problems.add("Module '" + d.getId() + "' has an invalid requirement: " + e.getMessage() + ".");
            ok = false;
        }
        return ok;
    }

    private static void checkRequirement(ModuleDescriptor d, ModuleRequirement required,
                                         Map<String, ModuleDescriptor> byId, List<String> problems) {
        String what = "module '" + required.getModuleId() + "'"
                + required.getMinimum().map(v -> " version " + v + " or later").orElse("");
        if (CORE_ID.equals(required.getModuleId())) {
            if (required.getMinimum().isPresent()) {
                problems.add("Module '" + d.getId() + "' requires " + what + ", but core has no version to compare:"
                        + " require 'core' alone.");
            }
            return;
        }
        ModuleDescriptor deployed = byId.get(required.getModuleId());
        if (deployed == null) {
            problems.add("Module '" + d.getId() + "' requires " + what + ", which is not deployed.");
        } else if (ModuleVersion.isValid(deployed.getVersion())
                && !required.isMetBy(ModuleVersion.parse(deployed.getVersion()))) {
            problems.add("Module '" + d.getId() + "' requires " + what + ", but version " + deployed.getVersion()
                    + " is deployed.");
        }
    }

    /** Depth-first topological sort, ids visited alphabetically so the order is stable. */
    private static void order(Map<String, ModuleDescriptor> byId, List<ModuleDescriptor> out, List<String> problems) {
        Set<String> done = new HashSet<>();
        Map<String, Integer> onPath = new HashMap<>();
        List<String> path = new ArrayList<>();
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.sort(Comparator.naturalOrder());
        for (String id : ids) {
            if (!visit(id, byId, done, onPath, path, out, problems)) {
                return;
            }
        }
    }

    private static boolean visit(String id, Map<String, ModuleDescriptor> byId, Set<String> done,
                                 Map<String, Integer> onPath, List<String> path,
                                 List<ModuleDescriptor> out, List<String> problems) {
        if (done.contains(id) || CORE_ID.equals(id)) {
            return true;
        }
        if (onPath.containsKey(id)) {
            List<String> cycle = new ArrayList<>(path.subList(onPath.get(id), path.size()));
            cycle.add(id);
            problems.add("Modules depend on each other in a cycle: " + String.join(" -> ", cycle) + ".");
            return false;
        }
        onPath.put(id, path.size());
        path.add(id);
        List<String> requires = new ArrayList<>(byId.get(id).getRequires());
        requires.sort(Comparator.naturalOrder());
        for (String required : requires) {
            if (!visit(required, byId, done, onPath, path, out, problems)) {
                return false;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        done.add(id);
        out.add(byId.get(id));
        return true;
    }

    /** Modules in dependency order; empty when there are problems. */
    public List<ModuleDescriptor> ordered() {
        return ordered;
    }

    /** Human-readable problems, each naming the module and what is wrong. */
    public List<String> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
