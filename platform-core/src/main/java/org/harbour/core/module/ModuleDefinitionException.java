package org.harbour.core.module;

/** A module descriptor set that cannot be deployed; the message names the module and the problem. */
public class ModuleDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModuleDefinitionException(String message) {
        super("Harbour module error: " + message);
    }
}
