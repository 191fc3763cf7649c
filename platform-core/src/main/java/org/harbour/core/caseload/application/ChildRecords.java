package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.person.domain.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Opens a child's record for the signed-in member of staff. Need to know: the child must have
 * an open case allocated in one of the user's service areas, unless the user's role grants
 * {@code core:all-records}. Every opening is audited, and so is every refusal; a refused or
 * unknown id gives the same empty answer, so ids cannot be probed.
 */
@ApplicationScoped
public class ChildRecords {

    public static final String ALL_RECORDS = "core:all-records";
    public static final String RECORD_TYPE = "person";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    @Transactional
    public Optional<ChildRecord> open(long personId, String username, LocalDate today) {
        Person person = em.find(Person.class, personId);
        List<Allocation> open = person == null ? List.of() : em.createQuery("""
                        select a from Allocation a join fetch a.caseFile c join fetch a.serviceArea s
                        where c.person.id = :person and a.endedOn is null and c.closedOn is null
                        order by a.startedOn""", Allocation.class)
                .setParameter("person", personId)
                .getResultList();
        boolean allowed = person != null && (access.has(ALL_RECORDS) || open.stream().anyMatch(a ->
                inUsersAreas(username, a.getServiceArea().getId())));
        if (!allowed) {
            audit.denied("PERSON_VIEW", RECORD_TYPE, Long.toString(personId),
                    person == null ? "No such record" : "Not known to the user's service areas");
            return Optional.empty();
        }
        audit.success("PERSON_VIEW", RECORD_TYPE, Long.toString(personId), null);
        List<CaseloadItem> cases = open.stream().map(a -> new CaseloadItem(a.getCaseFile().getId(), person.getId(),
                person.getFullName(), person.getDateOfBirth(), person.ageOn(today), a.getCaseFile().getSummary(),
                a.getServiceArea().getName(), a.getStartedOn())).toList();
        return Optional.of(new ChildRecord(person.getId(), person.getFullName(), person.getDateOfBirth(),
                person.ageOn(today), person.getSex(), person.getEthnicity(), person.getNhsNumber(), person.getPostcode(),
                cases));
    }

    private boolean inUsersAreas(String username, long serviceAreaId) {
        return em.createQuery("""
                        select count(a) from StaffUser u join u.serviceAreas a
                        where u.username = :username and a.id = :area""", Long.class)
                .setParameter("username", username).setParameter("area", serviceAreaId)
                .getSingleResult() > 0;
    }
}
