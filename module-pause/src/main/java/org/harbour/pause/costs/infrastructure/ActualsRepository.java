package org.harbour.pause.costs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.pause.costs.domain.ProgrammeActuals.Started;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The programme's own facts the actuals need, each in one statement; the births and removals come from the records. */
@ApplicationScoped
public class ActualsRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** Each woman's first start of the engagement phase (a woman who came back counts from her first). */
    public List<Started> started() {
        return em.createQuery("select p.personId, min(p.engagementStartedOn) from Participation p"
                        + " where p.engagementStartedOn is not null group by p.personId", Object[].class).getResultList().stream()
                .map(r -> new Started((Long) r[0], (LocalDate) r[1])).toList();
    }

    /** Pregnancies recorded at midpoint and exit (each point records those since the one before), by woman. */
    public Map<Long, Integer> pregnanciesDuring() {
        Map<Long, Integer> pregnancies = new HashMap<>();
        for (Object[] r : em.createQuery("select p.personId, o.pregnancies from PauseOutcome o, Participation p"
                + " where o.participationId = p.id and o.point <> org.harbour.pause.programme.domain.OutcomePoint.BASELINE",
                Object[].class).getResultList()) {
            pregnancies.merge((Long) r[0], ((Number) r[1]).intValue(), Integer::sum);
        }
        return pregnancies;
    }
}
