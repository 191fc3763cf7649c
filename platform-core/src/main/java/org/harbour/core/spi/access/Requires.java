package org.harbour.core.spi.access;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions a service's methods need, checked by the platform's interceptor whatever page,
 * endpoint or bean called it, so a caller that forgets its own check cannot leak. On a class it
 * guards every business method; on a method it replaces the class's list for that method. A
 * module's permission ({@code <module-id>:<action>}) also needs the module switched on for one of
 * the user's service areas. Every listed permission is needed. Need to know for one child's
 * record is checked as well, by the service, with the record's id.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {

    /** Permission codes, e.g. {@code core:administer} or {@code continuing-care:assess}. */
    @Nonbinding
    String[] value();
}
