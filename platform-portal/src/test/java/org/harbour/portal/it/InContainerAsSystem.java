package org.harbour.portal.it;

import org.harbour.core.spi.access.SystemWork;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import java.lang.reflect.Method;

/**
 * Test code that calls guarded services directly inside the container (setting up records,
 * reading caseloads) does so as the platform itself would, without a signed-in user. What staff
 * may do is tested through the portal's pages and endpoints, signed in as them.
 */
public class InContainerAsSystem implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                    ExtensionContext extension) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                          ExtensionContext extension) throws Throwable {
        asSystem(invocation);
    }

    private static void asSystem(Invocation<Void> invocation) throws Throwable {
        Throwable[] failure = new Throwable[1];
        SystemWork.run("integration test", () -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
