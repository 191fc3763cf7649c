package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.person.domain.Person;

import java.time.LocalDate;
import java.util.List;

/** Opens and allocates cases and answers "whose caseload is this". */
@ApplicationScoped
@Transactional
public class CaseloadService {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** Open cases currently allocated to the worker, oldest allocation first. */
    public List<CaseloadItem> caseloadOf(String username, LocalDate today) {
        return em.createQuery("""
                        select a from Allocation a
                        join fetch a.caseFile c
                        join fetch c.person p
                        join fetch a.serviceArea s
                        where a.worker.username = :username
                          and a.endedOn is null
                          and c.closedOn is null
                        order by a.startedOn, p.familyName, p.givenName""", Allocation.class)
                .setParameter("username", username)
                .getResultStream()
                .map(a -> toItem(a, today))
                .toList();
    }

    private static CaseloadItem toItem(Allocation a, LocalDate today) {
        CaseFile c = a.getCaseFile();
        Person p = c.getPerson();
        return new CaseloadItem(c.getId(), p.getId(), p.getFullName(), p.getDateOfBirth(), p.ageOn(today), c.getSummary(),
                a.getServiceArea().getName(), a.getStartedOn());
    }

    public Person registerPerson(Person person) {
        em.persist(person);
        return person;
    }

    /** Opens a case for the person and allocates it to the worker in the given team. */
    public CaseFile openAndAllocate(Person person, LocalDate openedOn, String summary, StaffUser worker,
                                    ServiceArea team) {
        CaseFile caseFile = new CaseFile(em.merge(person), openedOn, summary);
        em.persist(caseFile);
        em.persist(new Allocation(caseFile, em.merge(worker), em.merge(team), openedOn));
        return caseFile;
    }

    public long countOpenCases() {
        return em.createQuery("select count(c) from CaseFile c where c.closedOn is null", Long.class)
                .getSingleResult();
    }
}
