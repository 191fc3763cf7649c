package org.harbour.pause.indicators.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.harbour.pause.indicators.domain.PauseMeasures.Dated;
import org.harbour.pause.indicators.domain.ProgrammeFacts;
import org.harbour.pause.programme.domain.ForumDecision;
import org.harbour.pause.programme.domain.Participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The facts the measures count, each list in one statement. */
@ApplicationScoped
public class MeasureFactsRepository {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public List<ProgrammeFacts> participations() {
        return em.createQuery("select p from Participation p", Participation.class).getResultList().stream()
                .map(p -> new ProgrammeFacts(p.getPersonId(), p.getPractitioner(), p.getReferredOn(), p.getForumOn(),
                        p.getDecision() == ForumDecision.OFFER, p.getEngagementStartedOn(), p.getInterventionStartedOn(),
                        p.getExitedOn()))
                .toList();
    }

    public List<Dated> contraceptionConsents() {
        return dated("select p.personId, c.recordedOn from Contraception c, Participation p"
                + " where c.participationId = p.id and c.consented = true");
    }

    /** One fact per birth recorded in outcomes, on the day the outcomes were assessed. */
    public List<Dated> births() {
        List<Dated> births = new ArrayList<>();
        for (Object[] row : em.createQuery("select p.personId, o.assessedOn, o.births from PauseOutcome o, Participation p"
                + " where o.participationId = p.id and o.births > 0", Object[].class).getResultList()) {
            for (int i = 0; i < (Integer) row[2]; i++) {
                births.add(new Dated((Long) row[0], (LocalDate) row[1]));
            }
        }
        return births;
    }

    private List<Dated> dated(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList().stream()
                .map(r -> new Dated((Long) r[0], (LocalDate) r[1])).toList();
    }
}
