package org.harbour.core.caseload.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.caseload.domain.Allocation;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.spi.error.InvalidInputException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The open case through which the signed-in user works with a child: the newest allocated in one
 * of their service areas, else (with {@code core:all-records}) any open one. Visits, notes and
 * documents are recorded on it. Callers have already checked the right to the child's record.
 */
@ApplicationScoped
public class WorkingCases {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private CurrentAccess access;

    public Optional<CaseFile> of(long personId) {
        List<Allocation> open = em.createQuery("""
                        select a from Allocation a join fetch a.caseFile c
                        where c.person.id = :person and a.endedOn is null and c.closedOn is null
                        order by a.startedOn desc""", Allocation.class)
                .setParameter("person", personId).getResultList();
        Set<Long> mine = access.serviceAreaIds();
        return open.stream().filter(a -> mine.contains(a.getServiceArea().getId())).findFirst()
                .or(() -> access.has(RecordAccess.ALL_RECORDS) ? open.stream().findFirst() : Optional.empty())
                .map(Allocation::getCaseFile);
    }

    /** The working case, or a clear refusal naming what to do first. */
    public CaseFile require(long personId) {
        return of(personId).orElseThrow(() -> new InvalidInputException("case",
                "This child has no open case in your service areas yet: open a referral first, then record on the case."));
    }
}
