package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLine;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.audit.application.AuditPermissionException;
import org.harbour.core.audit.application.AuditSearch;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.person.domain.Person;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.time.LocalDate;
import java.util.List;
/**
 * Opens a child's record for the signed-in member of staff, under the need-to-know rule of
 * {@link RecordAccess}, and answers "who has viewed this child". Every opening is audited, and
 * so is every refusal; a refused or unknown id gives the same answer, so ids cannot be probed.
 */
@ApplicationScoped
@Requires(CorePermissions.RECORDS)
public class ChildRecords {

    public static final String RECORD_TYPE = RecordAccess.RECORD_TYPE;
    public static final String WHO_VIEWED = "core:who-viewed";
    /** Most entries the "who has viewed" list shows, newest first. */
    public static final int VIEWERS_SHOWN = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    @Inject
    private AuditSearch auditSearch;

    /** The child's summary; throws {@link RecordNotFoundException} for an unknown or refused id. */
    @Transactional
    public ChildRecord open(long personId, LocalDate today) {
        recordAccess.require(personId, "PERSON_VIEW");
        Person person = em.find(Person.class, personId);
        List<OpenCase> cases = em.createQuery("""
                        select a from Allocation a join fetch a.caseFile c join fetch a.serviceArea s join fetch a.worker w
                        where c.person.id = :person and a.endedOn is null and c.closedOn is null
                        order by a.startedOn""", Allocation.class)
                .setParameter("person", personId)
                .getResultStream()
                .map(a -> new OpenCase(a.getCaseFile().getId(), a.getCaseFile().getSummary(),
                        a.getCaseFile().getOpenedOn(), a.getWorker().getDisplayName(), a.getServiceArea().getName(),
                        a.getStartedOn()))
                .toList();
        audit.success("PERSON_VIEW", RECORD_TYPE, Long.toString(personId), null);
        return new ChildRecord(person.getId(), person.getFullName(), person.getDateOfBirth(), person.ageOn(today),
                person.getSex(), person.getEthnicity(), person.getNhsNumber(), person.getPostcode(), cases);
    }

    /** Managers ({@code core:who-viewed}) and information governance ({@code core:audit}). */
    public boolean maySeeWhoViewed() {
        return access.has(WHO_VIEWED) || access.has(AuditSearch.AUDIT);
    }

    /**
     * Who viewed or changed the child's record and when, newest first, from the audit trail.
     * Needs the permission and the right to the record; looking is itself audited.
     */
    public List<AuditLine> whoViewed(long personId) {
        String id = Long.toString(personId);
        if (!maySeeWhoViewed()) {
            audit.denied("PERSON_WHO_VIEWED", RECORD_TYPE, id, "Needs " + WHO_VIEWED);
            throw new AuditPermissionException(WHO_VIEWED);
        }
        recordAccess.require(personId, "PERSON_WHO_VIEWED");
        List<AuditLine> lines = auditSearch.aboutRecord(RECORD_TYPE, id, VIEWERS_SHOWN);
        audit.success("PERSON_WHO_VIEWED", RECORD_TYPE, id, null);
        return lines;
    }
}
