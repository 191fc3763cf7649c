package org.harbour.core.spi.module;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission a module defines ({@code <module-id>:<action>}), contributed as a CDI bean.
 * The roles named here are granted it when it first appears; administrators change grants
 * afterwards in data.
 */
public final class PermissionDefinition implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*:[a-z][a-z0-9-]*");

    /** Every module's permission to open it at all. */
    public static final String ACCESS = "access";

    private final String code;
    private final String description;
    private final List<String> defaultRoles;

    public PermissionDefinition(String code, String description, List<String> defaultRoles) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Permission code must look like <module-id>:<action>: " + code);
        }
        this.code = code;
        this.description = Objects.requireNonNull(description, "description");
        this.defaultRoles = List.copyOf(defaultRoles);
    }

    /** The module's {@code <id>:access} permission: needed for any of its pages or endpoints. */
    public static PermissionDefinition access(ModuleDescriptor module, String... defaultRoles) {
        return new PermissionDefinition(accessCode(module.getId()), "Open " + module.getName(), List.of(defaultRoles));
    }

    public static String accessCode(String moduleId) {
        return moduleId + ":" + ACCESS;
    }

    public String getCode() {
        return code;
    }

    public String getModuleId() {
        return code.substring(0, code.indexOf(':'));
    }

    public String getDescription() {
        return description;
    }

    public List<String> getDefaultRoles() {
        return defaultRoles;
    }
}
