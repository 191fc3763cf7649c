package org.harbour.continuingcare.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.continuingcare.CarePermissions;
import org.harbour.continuingcare.dsr.domain.RegisterEntry;
import org.harbour.continuingcare.packages.domain.CarePackage;
import org.harbour.continuingcare.packages.domain.PackageStatus;
import org.harbour.continuingcare.panel.domain.AgendaItem;
import org.harbour.continuingcare.referral.domain.Referral;
import org.harbour.continuingcare.packages.domain.PackageReview;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;

import java.util.ArrayList;
import java.util.List;

/** The pathway's dated steps in the child's chronology; no health detail is carried into it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContinuingCareChronology implements ChronologySource {

    private static final String CATEGORY = "Continuing care";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public String moduleId() {
        return "continuing-care";
    }

    @Requires(CarePermissions.ACCESS)
    @Override
    public List<ChronologyEvent> eventsFor(long personId) {
        List<ChronologyEvent> events = new ArrayList<>();
        for (Referral r : em.createQuery("select r from Referral r where r.personId = :p", Referral.class)
                .setParameter("p", personId).getResultList()) {
            events.add(event(r.getReferredOn(), "Referred for continuing care", null, r.getReferrer()));
            if (r.getChecklistCompletedOn() != null) {
                events.add(event(r.getChecklistCompletedOn(), "Continuing care checklist complete", "Sent to " + r.getAssessor(), null));
            }
            if (r.getAssessmentCompletedOn() != null) {
                events.add(event(r.getAssessmentCompletedOn(), "Continuing care assessment complete", null, r.getAssessor()));
            }
        }
        for (AgendaItem i : em.createQuery("select i from AgendaItem i where i.personId = :p and i.outcome is not null",
                AgendaItem.class).setParameter("p", personId).getResultList()) {
            events.add(event(i.getDecidedOn(), i.getMeeting().getPanel().getName() + ": " + i.getOutcome().getLabel(),
                    i.getQuestion().getLabel(), i.getDecidedBy()));
        }
        for (CarePackage p : em.createQuery("select p from CarePackage p where p.personId = :p and p.status <> :proposed",
                CarePackage.class).setParameter("p", personId).setParameter("proposed", PackageStatus.PROPOSED).getResultList()) {
            events.add(event(p.getStartDate(), p.getType().getLabel() + " package starts", p.getProvider(), p.getRecordedBy()));
        }
        for (PackageReview r : em.createQuery("select r from PackageReview r where r.personId = :p", PackageReview.class)
                .setParameter("p", personId).getResultList()) {
            events.add(event(r.getReviewedOn(), "Continuing care package reviewed", null, r.getRecordedBy()));
        }
        for (CarePackage p : em.createQuery("select p from CarePackage p where p.personId = :p and p.clinicalReviewDoneOn is not null",
                CarePackage.class).setParameter("p", personId).getResultList()) {
            events.add(event(p.getClinicalReviewDoneOn(), "Clinical review of the package", p.getProvider(), p.getChangedBy()));
        }
        for (RegisterEntry e : em.createQuery("select e from RegisterEntry e where e.personId = :p", RegisterEntry.class)
                .setParameter("p", personId).getResultList()) {
            if (e.getAddedOn() != null) {
                events.add(event(e.getAddedOn(), "Added to the Dynamic Support Register", null, e.getAddedBy()));
            }
            if (e.getLastReviewOn() != null) {
                events.add(event(e.getLastReviewOn(), "Dynamic Support Register multi-agency review", null, null));
            }
            if (e.getClosedOn() != null) {
                events.add(event(e.getClosedOn(), "Left the Dynamic Support Register", null, e.getUpdatedBy()));
            }
        }
        return events;
    }

    private ChronologyEvent event(java.time.LocalDate date, String title, String detail, String by) {
        return new ChronologyEvent(moduleId(), date, CATEGORY, title, detail, by);
    }
}
