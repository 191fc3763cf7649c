package org.harbour.core.spi.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Harbour module. Put it on exactly one class per module JAR.
 *
 * <p>It is a CDI stereotype carrying {@link ApplicationScoped}, so the descriptor is
 * bean-defining and is discovered in {@code bean-discovery-mode="annotated"}; the
 * platform's module discovery collects and validates every descriptor
 * when the portal is deployed.
 */
@Stereotype
@ApplicationScoped
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PlatformModule {

    /** Stable id: lower case letters, digits and hyphens. Namespaces views, permissions, REST paths and tables. */
    String id();

    /** Name shown to staff. */
    String name();

    /**
     * Module version, e.g. {@code 1.0.0}: up to three numbers with dots, compared as numbers
     * ({@link ModuleVersion}). Raise it when a module that requires this one could tell the difference.
     */
    String version();

    /** One sentence on what the module is for. */
    String description() default "";

    /**
     * The modules this one needs, each an id with an optional oldest version:
     * {@code requires = {"performance >= 1.2.0", "send"}} ({@link ModuleRequirement}).
     * The portal refuses to deploy when one is missing or older, naming both versions.
     * {@code core} is always implied.
     */
    String[] requires() default {};
}
