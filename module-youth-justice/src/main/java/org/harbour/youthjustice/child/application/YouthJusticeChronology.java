package org.harbour.youthjustice.child.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.jdmp.domain.JdmpReferral;
import org.harbour.youthjustice.outcome.domain.Outcome;
import org.harbour.youthjustice.record.domain.Arrest;
import org.harbour.youthjustice.record.domain.Offence;
import org.harbour.youthjustice.record.domain.Remand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The youth justice record's dated steps in the child's chronology; no victim detail is carried into it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class YouthJusticeChronology implements ChronologySource {

    private static final String CATEGORY = "Youth justice";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

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
        return events;
    }

    private <T> List<T> of(Class<T> type, long personId) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.personId = :p", type)
                .setParameter("p", personId).getResultList();
    }

    private ChronologyEvent event(LocalDate date, String title, String detail, String by) {
        return new ChronologyEvent(moduleId(), date, CATEGORY, title, detail, by);
    }
}
