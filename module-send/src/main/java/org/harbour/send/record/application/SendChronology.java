package org.harbour.send.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;
import org.harbour.send.SendModule;
import org.harbour.send.SendPermissions;
import org.harbour.send.assessment.domain.AdviceRequest;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestStage;
import org.harbour.send.assessment.infrastructure.RequestRepository;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.infrastructure.PlanRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The EHC pathway's dated steps in the child's chronology; no advice content, and no health advice named. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SendChronology implements ChronologySource {

    private static final String CATEGORY = "SEND";

    @Inject
    private RequestRepository requests;

    @Inject
    private PlanRepository plans;

    @Override
    public String moduleId() {
        return SendModule.ID;
    }

    @Requires(SendPermissions.ACCESS)
    @Override
    public List<ChronologyEvent> eventsFor(long personId) {
        List<ChronologyEvent> events = new ArrayList<>();
        for (EhcRequest r : requests.ofChild(personId)) {
            events.add(event(r.getReceivedOn(), "Request for an EHC needs assessment received", r.getSource().getLabel(), r.getRecordedBy()));
            if (r.getDecidedOn() != null) {
                events.add(event(r.getDecidedOn(), r.getStage() == RequestStage.NOT_ASSESSED
                        ? "Decided not to carry out an EHC needs assessment" : "Decided to carry out an EHC needs assessment",
                        r.decidedInTime() ? "Within 6 weeks" : "After 6 weeks", r.getOfficer()));
            }
            for (AdviceRequest a : r.getAdvice()) {
                if (!a.getKind().isHealthData()) {
                    events.add(event(a.getRequestedOn(), a.getKind().getLabel() + " asked for", a.getAskedOf(), r.getOfficer()));
                }
            }
            if (r.getDraftSentOn() != null) {
                events.add(event(r.getDraftSentOn(), "Draft EHC plan sent to the family", null, r.getOfficer()));
            }
            if (r.getFinalIssuedOn() != null) {
                events.add(event(r.getFinalIssuedOn(), "Final EHC plan issued", "Week " + r.weekOn(r.getFinalIssuedOn()) + " of 20",
                        r.getOfficer()));
            }
            if (r.getNotIssuedOn() != null) {
                events.add(event(r.getNotIssuedOn(), "Decided not to issue an EHC plan", null, r.getOfficer()));
            }
        }
        for (EhcPlan p : plans.ofChild(personId)) {
            if (p.getLastReviewOn() != null) {
                events.add(event(p.getLastReviewOn(), "EHC plan annual review meeting", null, null));
            }
            if (p.getCeasedOn() != null) {
                events.add(event(p.getCeasedOn(), "EHC plan ceased", p.getCeaseReason().getLabel(), p.getUpdatedBy()));
            }
        }
        return events;
    }

    private ChronologyEvent event(LocalDate date, String title, String detail, String by) {
        return new ChronologyEvent(SendModule.ID, date, CATEGORY, title, detail, by);
    }
}
