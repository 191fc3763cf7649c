package org.harbour.core.access.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.access.SystemWork;
import org.harbour.core.spi.error.AccessRefusedException;

import java.io.Serializable;
import java.lang.reflect.Method;

/**
 * Checks {@link Requires} before any other interceptor (before a transaction opens): the user's
 * roles must grant each permission, and a module's permission needs its module switched on for
 * one of the user's service areas. A refusal is audited with the service and method refused.
 */
@Requires({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class RequiresInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    @Inject
    private ModuleRegistry registry;

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        if (!SystemWork.isActive()) {
            Method method = invocation.getMethod();
            for (String permission : needed(invocation)) {
                String refusal = refusal(permission);
                if (refusal != null) {
                    String operation = method.getDeclaringClass().getSimpleName() + "." + method.getName();
                    audit.denied("PERMISSION", "operation", operation, refusal);
                    throw new AccessRefusedException(refusal);
                }
            }
        }
        return invocation.proceed();
    }

    private String refusal(String permission) {
        int colon = permission.indexOf(':');
        String moduleId = colon < 0 ? "" : permission.substring(0, colon);
        if (registry.find(moduleId).isPresent() && !access.canUseModule(moduleId)) {
            return "The module '" + moduleId + "' is not switched on for your service area, or your role does not include it.";
        }
        return access.has(permission) ? null
                : "This needs the permission '" + permission + "', which none of your roles has.";
    }

    private static String[] needed(InvocationContext invocation) {
        Method method = invocation.getMethod();
        Requires onMethod = method.getAnnotation(Requires.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Requires onType = method.getDeclaringClass().getAnnotation(Requires.class);
        if (onType == null && invocation.getTarget() != null) {
            onType = invocation.getTarget().getClass().getAnnotation(Requires.class);
        }
        // The interceptor only runs where a binding was declared; finding none is a fault, so refuse.
        return onType == null ? new String[] {"core:unresolved-permission"} : onType.value();
    }
}
