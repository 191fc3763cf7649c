package org.harbour.portal.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;

/** Service calls as a page makes them, recording successes the way Harbour's services do. */
@ApplicationScoped
public class AuditedWork {

    @Inject
    AuditLog audit;

    @Inject
    AuditedWork self;

    /** A record opened: three views of one record, one of them reached twice, one by a nested service call. */
    @Transactional
    public void openRecord(String recordId) {
        audit.success("IT_BATCH_PERSON", "test", recordId, null);
        audit.success("IT_BATCH_ALLOCATION", "test", recordId, null);
        self.chronology(recordId);
        audit.success("IT_BATCH_ALLOCATION", "test", recordId, null);
    }

    @Transactional
    public void chronology(String recordId) {
        audit.success("IT_BATCH_CHRONOLOGY", "test", recordId, "3 events");
    }

    /** Work that fails after recording its success: the success goes with the work. */
    @Transactional
    public void failAfterRecording(String recordId) {
        audit.success("IT_BATCH_LOST", "test", recordId, null);
        throw new IllegalStateException("the work failed");
    }

    /** A success, then a refusal within the same work: both stay, in that order. */
    @Transactional
    public void viewThenRefuse(String recordId) {
        audit.success("IT_BATCH_BEFORE", "test", recordId, null);
        audit.denied("IT_BATCH_REFUSED", "test", recordId, "no reach");
        audit.success("IT_BATCH_AFTER", "test", recordId, null);
    }
}
