package org.harbour.youthjustice.child.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.assessment.domain.Assessment;
import org.harbour.youthjustice.assessment.domain.Rating;
import org.harbour.youthjustice.court.domain.BailSupport;
import org.harbour.youthjustice.court.domain.Breach;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.court.domain.Hearing;
import org.harbour.youthjustice.court.domain.PreSentenceReport;
import org.harbour.youthjustice.custody.domain.CustodyEpisode;
import org.harbour.youthjustice.plan.domain.Completion;
import org.harbour.youthjustice.plan.domain.Intervention;
import org.harbour.youthjustice.jdmp.domain.JdmpReferral;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.record.domain.Arrest;
import org.harbour.youthjustice.record.domain.Offence;
import org.harbour.youthjustice.record.domain.Remand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The youth justice record's dated steps in the child's chronology (assessments completed and custody begun among them); no victim detail is carried into it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class YouthJusticeChronology implements ChronologySource {

    private static final String CATEGORY = "Youth justice";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private YjAccess access;

    @Override
    public String moduleId() {
        return "youth-justice";
    }

    @Requires(YjPermissions.ACCESS)
    @Override
    public List<ChronologyEvent> eventsFor(long personId) {
        List<ChronologyEvent> events = new ArrayList<>();
        for (Arrest a : of(Arrest.class, personId)) {
            events.add(event(a.getArrestedOn(), "Arrested", a.isDetainedOvernight() ? "Held in police custody overnight" : null,
                    a.getRecordedBy()));
        }
        for (Offence o : of(Offence.class, personId)) {
            events.add(event(o.getCommittedOn(), "Offence: " + o.getType().getLabel(), "Gravity " + o.getGravity()
                    + (o.isSeriousViolence() ? ", serious violence" : "") + (o.isWeapon() ? ", weapon involved" : ""), o.getRecordedBy()));
        }
        for (JdmpReferral r : of(JdmpReferral.class, personId)) {
            events.add(event(r.getReferredOn(), "Referred to the Joint Decision-Making Panel", null, r.getRecordedBy()));
        }
        for (Outcome o : of(Outcome.class, personId)) {
            events.add(event(o.getOutcomeOn(), o.getType().getLabel(), o.getType().getRung().getLabel(), o.getRecordedBy()));
            if (o.isQuashed()) {
                events.add(event(o.getQuashedOn(), o.getType().getLabel() + " quashed on appeal", null, o.getUpdatedBy()));
            }
        }
        for (Remand r : of(Remand.class, personId)) {
            events.add(event(r.getStartedOn(), r.getKind().getLabel(), "Looked after (J1) while remanded", r.getRecordedBy()));
            if (r.getEndedOn() != null) {
                events.add(event(r.getEndedOn(), "Remand ended", null, r.getUpdatedBy()));
            }
        }
        courtEvents(personId, events);
        boolean health = access.has(YjPermissions.HEALTH);
        for (Intervention i : of("YjIntervention", Intervention.class, personId)) {
            if (i.getType().isHealth() && !health) {
                continue; // health data: only for those who hold youth-justice:health
            }
            events.add(event(i.getStartedOn(), "Intervention began: " + i.getType().getLabel(), null, i.getRecordedBy()));
            if (i.getCompletion() != Completion.ONGOING) {
                events.add(event(i.getEndedOn(), "Intervention " + (i.getCompletion() == Completion.COMPLETED ? "completed" : "ended, not completed")
                        + ": " + i.getType().getLabel(), i.getSessionsAttended() + " of " + i.getSessionsOffered() + " sessions attended",
                        i.getUpdatedBy()));
            }
        }
        for (Assessment a : of("YjAssessment", Assessment.class, personId)) {
            if (a.isCompleted()) {
                events.add(event(a.getCompletedOn(), "Assessment completed: " + a.getType().getLabel(), ratings(a), a.getAuthor()));
            }
        }
        for (CustodyEpisode c : of("YjCustodyEpisode", CustodyEpisode.class, personId)) {
            events.add(event(c.getStartedOn(), "Custody began: " + c.getEstablishmentType().getLabel(), c.getEstablishmentName(),
                    c.getRecordedBy()));
        }
        return events;
    }

    private static String ratings(Assessment a) {
        if (!a.ratings().any()) {
            return null;
        }
        return "Likelihood of reoffending " + label(a.ratings().reoffending()) + ", risk of serious harm " + label(a.ratings().seriousHarm())
                + ", safety and wellbeing " + label(a.ratings().safetyAndWellbeing());
    }

    private static String label(Rating r) {
        return r == null ? "not rated" : r.getLabel().toLowerCase(java.util.Locale.ROOT);
    }

    /** Hearings that have taken place, reports filed, orders' release and end, breaches and bail support. */
    private void courtEvents(long personId, List<ChronologyEvent> events) {
        LocalDate today = LocalDate.now(java.time.Clock.systemUTC());
        for (Hearing h : of("YjHearing", Hearing.class, personId)) {
            if (!h.getHearingOn().isAfter(today)) {
                events.add(event(h.getHearingOn(), "Court hearing: " + h.getPurpose().getLabel(), h.getCourtName()
                        + (h.getResult() == null ? "" : ": " + h.getResult()), h.getRecordedBy()));
            }
        }
        for (PreSentenceReport r : of("YjPreSentenceReport", PreSentenceReport.class, personId)) {
            if (r.isFiled()) {
                events.add(event(r.getFiledOn(), "Pre-sentence report filed", r.isLate() ? "After its due day" : null, r.getUpdatedBy()));
            }
        }
        for (CourtOrder o : of("YjCourtOrder", CourtOrder.class, personId)) {
            if (o.getReleaseOn() != null && !o.getReleaseOn().isAfter(today)) {
                events.add(event(o.getReleaseOn(), "Released on licence: " + o.getKind().getLabel(), null, o.getRecordedBy()));
            }
        }
        for (Breach b : of("YjBreach", Breach.class, personId)) {
            events.add(event(b.getFailedOn(), "Breach: " + b.getAction().getLabel(), b.getCourtResult(), b.getRecordedBy()));
        }
        for (BailSupport b : of("YjBailSupport", BailSupport.class, personId)) {
            events.add(event(b.getStartedOn(), b.getKind().getLabel() + " began", null, b.getRecordedBy()));
            if (!b.isOpen()) {
                events.add(event(b.getEndedOn(), b.getKind().getLabel() + " ended", null, b.getUpdatedBy()));
            }
        }
    }

    private <T> List<T> of(Class<T> type, long personId) {
        return of(type.getSimpleName(), type, personId);
    }

    private <T> List<T> of(String entity, Class<T> type, long personId) {
        return em.createQuery("select x from " + entity + " x where x.personId = :p", type)
                .setParameter("p", personId).getResultList();
    }

    private ChronologyEvent event(LocalDate date, String title, String detail, String by) {
        return new ChronologyEvent(moduleId(), date, CATEGORY, title, detail, by);
    }
}
