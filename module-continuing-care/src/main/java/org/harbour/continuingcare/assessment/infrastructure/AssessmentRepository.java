package org.harbour.continuingcare.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.assessment.domain.Assessment;

import java.util.Optional;

/** Stored assessments, one per referral. No checks here: the calling services make them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public Optional<Assessment> ofReferral(long referralId) {
        return em.createQuery("select a from Assessment a where a.referralId = :r", Assessment.class)
                .setParameter("r", referralId).getResultStream().findFirst();
    }

    public void add(Assessment assessment) {
        em.persist(assessment);
    }

    /** Writes pending changes now, so a conflicting change fails inside the caller's checks. */
    public void flush() {
        em.flush();
    }
}
