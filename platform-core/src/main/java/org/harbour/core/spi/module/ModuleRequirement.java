package org.harbour.core.spi.module;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of {@link PlatformModule#requires()}: a module id, optionally with the oldest version
 * that will do, written {@code "performance"} or {@code "performance >= 1.2.0"}.
 */
public final class ModuleRequirement implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9-]*)(?:\\s*>=\\s*(\\S+))?");

    private final String moduleId;
    private final ModuleVersion minimum;

    private ModuleRequirement(String moduleId, ModuleVersion minimum) {
        this.moduleId = moduleId;
        this.minimum = minimum;
    }

    /** @throws IllegalArgumentException naming the expected form when the text is not a requirement */
    public static ModuleRequirement parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a requirement: write 'other-module'"
                    + " or 'other-module >= 1.2.0'");
        }
        return new ModuleRequirement(m.group(1), m.group(2) == null ? null : ModuleVersion.parse(m.group(2)));
    }

    public String getModuleId() {
        return moduleId;
    }

    /** The oldest version that will do; empty when any version will. */
    public Optional<ModuleVersion> getMinimum() {
        return Optional.ofNullable(minimum);
    }

    /** Whether a deployed version of the module satisfies this requirement. */
    public boolean isMetBy(ModuleVersion deployed) {
        return minimum == null || deployed.isAtLeast(minimum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModuleRequirement other && moduleId.equals(other.moduleId)
                && Objects.equals(minimum, other.minimum);
    }

    @Override
    public int hashCode() {
        return Objects.hash(moduleId, minimum);
    }

    @Override
    public String toString() {
        return minimum == null ? moduleId : moduleId + " >= " + minimum;
    }
}
