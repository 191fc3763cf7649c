package org.harbour.core.audit.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;

/**
 * Runs just inside every {@code @Transactional} (REQUIRED) service call, after its transaction has
 * begun: when the outermost such call of a transaction returns, the successes it recorded are
 * written together to the pending table, still inside the transaction (see {@link AuditBatch});
 * the appender chains them after the commit.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class AuditBatchInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditBatch batch;

    @AroundInvoke
    Object appendOnReturn(InvocationContext invocation) throws Exception {
        PendingAudit pending = batch.enter();
        if (pending == null) {
            return invocation.proceed();
        }
        boolean returned = false;
        try {
            Object result = invocation.proceed();
            returned = true;
            return result;
        } finally {
            if (pending.leave()) {
                batch.appendPending(pending, returned);
            }
        }
    }
}
