package org.harbour.core.spi.module;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** What the platform knows about one deployed module, read from its {@link PlatformModule} annotation. */
public final class ModuleDescriptor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The id that names the platform itself: reserved, no module may take it. */
    public static final String CORE_ID = "core";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final String id;
    private final String name;
    private final String version;
    private final String description;
    private final List<String> requires;
    private final String declaringClass;
    private transient List<ModuleRequirement> requirements;

    /** @param requires as written in {@link PlatformModule#requires()}: {@code "performance >= 1.2.0"} */
    public ModuleDescriptor(String id, String name, String version, String description,
                            List<String> requires, String declaringClass) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
        this.description = description == null ? "" : description;
        this.requires = List.copyOf(requires);
        this.declaringClass = declaringClass;
    }

    /** Reads the descriptor of a class annotated with {@link PlatformModule}. */
    public static ModuleDescriptor of(Class<?> declaringClass) {
        PlatformModule annotation = declaringClass.getAnnotation(PlatformModule.class);
        if (annotation == null) {
            throw new IllegalArgumentException(declaringClass.getName() + " is not annotated with @PlatformModule");
        }
        return of(annotation, declaringClass);
    }

    public static ModuleDescriptor of(PlatformModule annotation, Class<?> declaringClass) {
        return new ModuleDescriptor(annotation.id(), annotation.name(), annotation.version(),
                annotation.description(), List.of(annotation.requires()), declaringClass.getName());
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches() && !CORE_ID.equals(id);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    /** Ids of the modules this one requires. */
    public List<String> getRequires() {
        return getRequirements().stream().map(ModuleRequirement::getModuleId).toList();
    }

    /**
     * What this module requires, with the oldest versions that will do.
     *
     * @throws IllegalArgumentException when an entry is not written as a requirement (the portal
     *         refuses such a module when it deploys)
     */
    public List<ModuleRequirement> getRequirements() {
        if (requirements == null) {
            requirements = requires.stream().map(ModuleRequirement::parse).toList();
        }
        return requirements;
    }

    public String getDeclaringClass() {
        return declaringClass;
    }

    /** Path of the module's landing page, relative to the portal root. */
    public String getLandingPage() {
        return "/" + id + "/index.xhtml";
    }

    /** Classpath location of the module's own schema migrations. */
    public String getMigrationLocation() {
        return "classpath:db/migration/" + id;
    }

    @Override
    public String toString() {
        return id + " " + version + " (" + declaringClass + ")";
    }
}
