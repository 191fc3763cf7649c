package org.harbour.core.spi.returns;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a return is: its id (lower case, digits and hyphens, starting with the owning module's id,
 * e.g. {@code youth-justice-yjb}), title, owning module, the permission needed to run it and read
 * its runs (one the module declares, {@code <module-id>:<action>}), and its period rule.
 */
public record ReturnDefinition(String id, String title, String moduleId, String permission, ReturnPeriodRule periodRule) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public ReturnDefinition {
        Objects.requireNonNull(periodRule, "periodRule");
        if (id == null || !ID.matcher(id).matches() || id.length() > 60) {
            throw new IllegalArgumentException("A return id is lower case letters, digits and single hyphens, "
                    + "at most 60 characters: " + id);
        }
        if (moduleId == null || !(id.equals(moduleId) || id.startsWith(moduleId + "-"))) {
            throw new IllegalArgumentException("Return '" + id + "' must be named after its module '" + moduleId + "'");
        }
        if (permission == null || !permission.startsWith(moduleId + ":")) {
            throw new IllegalArgumentException("Return '" + id + "' must need a permission of its own module, "
                    + moduleId + ":<action>: " + permission);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Return '" + id + "' needs a title");
        }
    }
}
