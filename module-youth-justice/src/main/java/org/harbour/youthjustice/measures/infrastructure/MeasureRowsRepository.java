package org.harbour.youthjustice.measures.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.youthjustice.board.domain.BoardMeeting;
import org.harbour.youthjustice.measures.domain.BoardAttendance;
import org.harbour.youthjustice.measures.domain.InterventionEnd;
import org.harbour.youthjustice.measures.domain.OutcomeFact;
import org.harbour.youthjustice.measures.domain.RemandFact;
import org.harbour.youthjustice.measures.domain.ReoffendingProxy;
import org.harbour.youthjustice.measures.domain.StatusAtEnd;
import org.harbour.youthjustice.measures.domain.VictimFact;
import org.harbour.youthjustice.outcome.domain.Rung;
import org.harbour.youthjustice.plan.domain.ChildStatus;
import org.harbour.youthjustice.plan.domain.Completion;
import org.harbour.youthjustice.plan.domain.StatusPoint;
import org.harbour.youthjustice.record.domain.OffenceType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcomes and remands the measures count, as small facts, in one query each. Reads in the
 * caller's transaction, if any, so a count sees what the caller has written.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureRowsRepository {

    private static final String OUTCOMES = """
            select o.personId, t.code, t.rung, t.substantive, t.custodial, t.statutoryOrder, t.turnaroundTrigger,
                   o.outcomeOn, o.offenceId, f.committedOn, o.quashedOn
            from Outcome o join o.type t left join Offence f on f.id = o.offenceId
            where o.outcomeOn <= :to""";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    /** Every outcome given on or before the day, of every type. */
    public List<OutcomeFact> outcomesUntil(LocalDate to) {
        return facts(em.createQuery(OUTCOMES, Object[].class).setParameter("to", to).getResultList());
    }

    /** Every outcome of the children given, on or before the day. */
    public List<OutcomeFact> outcomesOf(List<Long> personIds, LocalDate to) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return facts(em.createQuery(OUTCOMES + " and o.personId in :ids", Object[].class)
                .setParameter("to", to).setParameter("ids", personIds).getResultList());
    }

    /** Remands that began between the two days, both included. */
    public List<RemandFact> remandsStarted(LocalDate from, LocalDate to) {
        return em.createQuery("select r.personId, r.kind, r.startedOn from Remand r where r.startedOn >= :from and r.startedOn <= :to",
                        Object[].class).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new RemandFact((Long) r[0], r[1].toString(), (LocalDate) r[2])).toList();
    }

    /** The ids of offences of serious violence: the offence type's rule on its gravity, applied here. */
    public Set<Long> seriousViolenceOffences() {
        return em.createQuery("select f.id, f.type, f.gravity from Offence f where f.gravity >= :g", Object[].class)
                .setParameter("g", OffenceType.SERIOUS_VIOLENCE_GRAVITY).getResultList().stream()
                .filter(r -> ((OffenceType) r[1]).isSeriousViolence((Integer) r[2]))
                .map(r -> (Long) r[0]).collect(Collectors.toSet());
    }

    /** Statuses taken at the end of an order or intervention between the two days, both included. */
    public List<StatusAtEnd> statusesAtEnd(LocalDate from, LocalDate to) {
        return em.createQuery("select s from YjChildStatus s where s.point = :end and s.assessedOn >= :from and s.assessedOn <= :to",
                        ChildStatus.class).setParameter("end", StatusPoint.END).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(s -> new StatusAtEnd(s.getPersonId(), s.getAssessedOn(), s.facts())).toList();
    }

    /** Releases from custody between the two days, both included. */
    public List<ReoffendingProxy.Release> releasesFromCustody(LocalDate from, LocalDate to) {
        return em.createQuery("select c.personId, c.releasedOn from YjCustodyEpisode c where c.releasedOn >= :from and c.releasedOn <= :to",
                        Object[].class).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new ReoffendingProxy.Release((Long) r[0], (LocalDate) r[1])).toList();
    }

    /** Victims asked for consent to contact between the two days, both included: no names, no contact details. */
    public List<VictimFact> victimsAsked(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select v.personId, v.consentAskedOn, v.consentToContact, v.viewsSought, v.keptInformed, v.supportOffered,
                               v.restorativeJusticeOffered
                        from YjVictim v where v.consentAskedOn >= :from and v.consentAskedOn <= :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new VictimFact((Long) r[0], (LocalDate) r[1], (Boolean) r[2], (Boolean) r[3], (Boolean) r[4],
                        (Boolean) r[5], (Boolean) r[6])).toList();
    }

    /** Interventions that ended (completed or not) between the two days, both included. */
    public List<InterventionEnd> interventionsEnded(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select i.personId, i.startedOn, i.endedOn, i.completion from YjIntervention i
                        where i.endedOn >= :from and i.endedOn <= :to and i.completion <> :ongoing""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("ongoing", Completion.ONGOING)
                .getResultList().stream()
                .map(r -> new InterventionEnd((Long) r[0], (LocalDate) r[1], (LocalDate) r[2], r[3] == Completion.COMPLETED))
                .toList();
    }

    /** The board's meetings between the two days, both included, with the partners present. */
    public List<BoardAttendance.Meeting> boardMeetings(LocalDate from, LocalDate to) {
        return em.createQuery("select m from YjBoardMeeting m where m.metOn >= :from and m.metOn <= :to", BoardMeeting.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(m -> new BoardAttendance.Meeting(m.getMetOn(), m.getPartnersPresent())).toList();
    }

    private static List<OutcomeFact> facts(List<Object[]> rows) {
        return rows.stream().map(r -> new OutcomeFact((Long) r[0], (String) r[1], (Rung) r[2], (Boolean) r[3], (Boolean) r[4],
                (Boolean) r[5], (Boolean) r[6], (LocalDate) r[7], (Long) r[8], (LocalDate) r[9], r[10] != null)).toList();
    }
}
