package org.harbour.core.involvement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.PlacementEpisode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and stores involvements and placement episodes; callers run in a transaction. */
@ApplicationScoped
public class InvolvementRepository {

    /** Bounded IN lists: long caseloads are read in chunks. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    public void add(Object involvementOrEpisode) {
        em.persist(involvementOrEpisode);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Involvement> find(long id) {
        return Optional.ofNullable(em.find(Involvement.class, id));
    }

    /** The period, locked until the transaction ends, so two episodes cannot be added side by side. */
    public Optional<Involvement> findLocked(long id) {
        return Optional.ofNullable(em.find(Involvement.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<PlacementEpisode> findEpisode(long id) {
        return Optional.ofNullable(em.find(PlacementEpisode.class, id));
    }

    public List<Involvement> ofPerson(long personId) {
        return em.createQuery("""
                        select i from Involvement i where i.personId = :person
                        order by i.startDate, i.id""", Involvement.class)
                .setParameter("person", personId).getResultList();
    }

    public List<PlacementEpisode> episodesOfPerson(long personId) {
        return em.createQuery("""
                        select e from PlacementEpisode e where e.personId = :person
                        order by e.startDate, e.id""", PlacementEpisode.class)
                .setParameter("person", personId).getResultList();
    }

    public List<PlacementEpisode> episodesOf(long periodId) {
        return em.createQuery("""
                        select e from PlacementEpisode e where e.periodId = :period
                        order by e.startDate, e.id""", PlacementEpisode.class)
                .setParameter("period", periodId).getResultList();
    }

    /** The latest strategy discussion of the child on or before the day, the start of the ICPC timescale. */
    public Optional<Involvement> strategyDiscussionBefore(long personId, LocalDate day) {
        return em.createQuery("""
                        select i from Involvement i where i.personId = :person and i.kind = :kind
                          and i.startDate <= :day order by i.startDate desc, i.id desc""", Involvement.class)
                .setParameter("person", personId).setParameter("kind", InvolvementKind.STRATEGY_DISCUSSION)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    /** Assessments not yet authorised and enquiries whose conference is not yet held, for these children. */
    public List<Involvement> openTimescaleWork(Collection<Long> personIds) {
        List<Involvement> found = new ArrayList<>();
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(em.createQuery("""
                            select i from Involvement i where i.personId in :people and (
                              (i.kind = :assessment and i.completedOn is null)
                              or (i.kind = :s47 and i.icpcDate is null
                                  and (i.outcomeCode is null or i.outcomeCode = 'ICPC')))
                            order by i.startDate""", Involvement.class)
                    .setParameter("people", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setParameter("assessment", InvolvementKind.ASSESSMENT)
                    .setParameter("s47", InvolvementKind.SECTION_47)
                    .getResultList());
        }
        return found;
    }

    /** Referrals by id, for the start dates assessment timescales run from. */
    public List<Involvement> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Involvement> found = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(em.createQuery("select i from Involvement i where i.id in :ids", Involvement.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    public boolean hasOpenCase(long personId) {
        return openCaseId(personId).isPresent();
    }

    /** The child's most recently opened case that is still open. */
    public Optional<Long> openCaseId(long personId) {
        return em.createQuery("""
                        select c.id from CaseFile c where c.person.id = :person and c.closedOn is null
                        order by c.openedOn desc, c.id desc""", Long.class)
                .setParameter("person", personId).setMaxResults(1).getResultStream().findFirst();
    }

    public boolean personExists(long personId) {
        return em.createQuery("select count(p) from Person p where p.id = :id", Long.class)
                .setParameter("id", personId).getSingleResult() > 0;
    }
}
