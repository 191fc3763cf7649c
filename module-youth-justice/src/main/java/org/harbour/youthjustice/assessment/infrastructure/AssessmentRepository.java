package org.harbour.youthjustice.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.assessment.domain.Assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored assessments. No checks here: the services check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public Assessment add(Assessment assessment) {
        em.persist(assessment);
        em.flush();
        return assessment;
    }

    public void flush() {
        em.flush();
    }

    public Optional<Assessment> find(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    public List<Assessment> ofChild(long personId) {
        return em.createQuery("select a from YjAssessment a where a.personId = :p order by a.startedOn desc, a.id desc",
                Assessment.class).setParameter("p", personId).getResultList();
    }

    /**
     * What is owed for the children: assessments in progress, and the latest completed assessment
     * of each type (an earlier one is reviewed by the later).
     */
    public List<Assessment> owedFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select a from YjAssessment a where a.personId in :ids and (a.completedOn is null or not exists (
                            select b from YjAssessment b where b.personId = a.personId and b.type = a.type
                              and b.startedOn > a.completedOn))""", Assessment.class)
                .setParameter("ids", personIds).getResultList();
    }
}
