package org.harbour.core.activity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.caseload.domain.CaseFile;
import org.harbour.core.involvement.application.StatutoryPlanChanged;

/**
 * Keeps each open case's visit regime in step with the child's plans: starting a child
 * protection plan puts the case on CP visits from the plan's start, ending it falls back to the
 * next plan still open (or to the type of the latest visit, when none is). Runs inside the
 * transaction that changed the plan, whose service has already checked the right to the record.
 */
@ApplicationScoped
public class VisitRegimeFollowsPlans {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    void onPlanChanged(@Observes StatutoryPlanChanged change) {
        String regime = change.getPlan() == null ? null : VisitType.valueOf(change.getPlan().name()).name();
        em.createQuery("select c from CaseFile c where c.person.id = :person and c.closedOn is null", CaseFile.class)
                .setParameter("person", change.getPersonId())
                .getResultList()
                .forEach(caseFile -> caseFile.setVisitRegime(regime, change.getSince()));
    }
}
