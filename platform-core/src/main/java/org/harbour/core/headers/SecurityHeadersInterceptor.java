package org.harbour.core.headers;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Applies {@link SecurityHeaders} before an authentication mechanism validates a request. Its priority puts
 * it outside Jakarta Security's interceptors (auto-applied session 200, remember-me 210,
 * login-to-continue 220), which may answer without calling the mechanism.
 */
@SecurityHeadersFirst
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SecurityHeadersInterceptor {

    @AroundInvoke
    public Object applyHeaders(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        // Only before the request is served: after it (secureResponse) the page has set its own policy.
        if ("validateRequest".equals(invocation.getMethod().getName()) && parameters.length >= 2
                && parameters[0] instanceof HttpServletRequest request
                && parameters[1] instanceof HttpServletResponse response) {
            SecurityHeaders.apply(request, response);
        }
        return invocation.proceed();
    }
}
