package org.harbour.send.learner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.send.learner.domain.SendLearner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The learner records, one per person. */
@ApplicationScoped
public class LearnerRepository {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public Optional<SendLearner> ofPerson(long personId) {
        return em.createQuery("select l from SendLearner l where l.personId = :p", SendLearner.class)
                .setParameter("p", personId).getResultStream().findFirst();
    }

    /** The records of the persons given, read in chunks (an IN list has a limit on some databases). */
    public Map<Long, SendLearner> ofPersons(Collection<Long> personIds) {
        Map<Long, SendLearner> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("select l from SendLearner l where l.personId in :ids", SendLearner.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .getResultList().forEach(l -> found.put(l.getPersonId(), l));
        }
        return found;
    }

    public void add(SendLearner learner) {
        em.persist(learner);
    }

    public void flush() {
        em.flush();
    }
}
