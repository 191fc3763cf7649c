package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.spi.error.ActionRefusedException;

/**
 * Who may write on a child's record beyond reading it: a worker whose service areas hold the
 * child's open case (or with {@code core:all-records}). Staff who reach a child only through a
 * module (a referral to their service, a family link) read the record but do not mark it.
 */
@ApplicationScoped
public class RecordWriteReach {

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private WorkingCases workingCases;

    @Inject
    private AuditLog audit;

    /** Whether the user may write on the child's record; does not audit. */
    public boolean mayWrite(long personId) {
        return recordAccess.mayAccess(personId) && workingCases.of(personId).isPresent();
    }

    /** The need-to-know check (404 when refused), then the write check (403), each refusal audited. */
    public void require(long personId, String action) {
        recordAccess.require(personId, action);
        if (workingCases.of(personId).isEmpty()) {
            audit.denied(action, RecordAccess.RECORD_TYPE, Long.toString(personId),
                    "No open case in the user's service areas");
            throw new ActionRefusedException(
                    "Only workers whose team holds this child's open case may change this record.");
        }
    }
}
