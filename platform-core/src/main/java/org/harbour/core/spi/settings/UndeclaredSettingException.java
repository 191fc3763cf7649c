package org.harbour.core.spi.settings;

/** A module read a setting it never declared: a mistake in the module's code, not in the data. */
public class UndeclaredSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UndeclaredSettingException(String message) {
        super(message);
    }

    public static UndeclaredSettingException notDeclared(String moduleId, String key) {
        return new UndeclaredSettingException("Setting '" + moduleId + "." + key + "' is not declared: a module"
                + " declares every setting it reads as a SettingDefinition contribution (docs/modules/writing-a-module.md)");
    }
}
