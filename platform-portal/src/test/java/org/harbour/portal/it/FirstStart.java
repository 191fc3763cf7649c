package org.harbour.portal.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class's portal starts on an empty database and runs its migrations and loads the demo data itself,
 * instead of starting from the {@link DemoDataTemplate}: for a class whose portal holds more than the shipped
 * WAR (a test module whose schema, permissions and demo data join at a first start).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FirstStart {
}
