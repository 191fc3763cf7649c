package org.harbour.core.headers;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an authentication mechanism: {@link SecurityHeaders} are put on the response before the
 * mechanism or Jakarta Security's own interceptors answer. Those run before any servlet filter and
 * may answer the request by themselves (the redirect to the login page), without the mechanism's
 * own code running at all.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SecurityHeadersFirst {
}
